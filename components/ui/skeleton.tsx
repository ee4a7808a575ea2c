import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** Loading placeholder. Hidden from assistive tech: announce loading on the region (`aria-busy`) instead. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted dark:bg-accent", className)}
      {...props}
    />
  );
}
