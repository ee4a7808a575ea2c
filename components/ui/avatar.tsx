"use client";

import type { ComponentProps } from "react";
import { Avatar as AvatarPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";
import { getInitials } from "./get-initials";

// One file for the family, as in shadcn/ui, plus UserAvatar, the composed
// "image with initials fallback" every caller actually wants.

export function Avatar({ className, ...props }: ComponentProps<typeof AvatarPrimitive.Root>) {
  return (
    <AvatarPrimitive.Root
      data-slot="avatar"
      className={cn("relative flex size-8 shrink-0 overflow-hidden rounded-full", className)}
      {...props}
    />
  );
}

export function AvatarImage({ className, ...props }: ComponentProps<typeof AvatarPrimitive.Image>) {
  return (
    <AvatarPrimitive.Image data-slot="avatar-image" className={cn("aspect-square size-full", className)} {...props} />
  );
}

export function AvatarFallback({ className, ...props }: ComponentProps<typeof AvatarPrimitive.Fallback>) {
  return (
    <AvatarPrimitive.Fallback
      data-slot="avatar-fallback"
      className={cn(
        "flex size-full select-none items-center justify-center rounded-full bg-secondary text-xs font-semibold text-secondary-foreground",
        className,
      )}
      {...props}
    />
  );
}

type UserAvatarProps = Omit<ComponentProps<typeof AvatarPrimitive.Root>, "children"> & {
  name: string;
  email?: string;
  imageUrl?: string | null;
};

/**
 * The initials are decorative: the person's name is almost always printed
 * next to the avatar or on the surrounding control, so screen readers would
 * otherwise hear it twice. Pass `aria-label` when the avatar stands alone.
 */
export function UserAvatar({ name, email, imageUrl, ...props }: UserAvatarProps) {
  return (
    <Avatar {...props}>
      {imageUrl ? <AvatarImage src={imageUrl} alt="" /> : null}
      <AvatarFallback aria-hidden="true">{getInitials(name, email)}</AvatarFallback>
    </Avatar>
  );
}
