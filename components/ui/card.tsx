import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// One file for the family, as in shadcn/ui: the parts only make sense together.

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="card"
      className={cn("flex flex-col gap-5 rounded-xl border bg-card py-5 text-card-foreground shadow-xs", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="card-header"
      className={cn(
        "grid auto-rows-min grid-rows-[auto_auto] items-start gap-1.5 px-5",
        "has-data-[slot=card-action]:grid-cols-[1fr_auto] [.border-b]:pb-5",
        className,
      )}
      {...props}
    />
  );
}

type CardTitleProps = ComponentProps<"h2"> & {
  /**
   * Heading level so cards sit correctly in the page outline. Defaults to h2,
   * right for cards placed directly under the page's h1; h1 when the card is
   * the whole page (sign-in), h3 inside a titled section, "div" for a purely
   * visual title.
   */
  as?: "h1" | "h2" | "h3" | "h4" | "div";
};

export function CardTitle({ className, as: Heading = "h2", ...props }: CardTitleProps) {
  return (
    <Heading
      data-slot="card-title"
      className={cn("text-base font-semibold leading-snug", className)}
      {...props}
    />
  );
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="card-description" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Top-right slot in the header (a menu or a button); the header switches to two columns when present. */
export function CardAction({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="card-action"
      className={cn("col-start-2 row-span-2 row-start-1 self-start justify-self-end", className)}
      {...props}
    />
  );
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-content" className={cn("px-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div data-slot="card-footer" className={cn("flex items-center gap-2 px-5 [.border-t]:pt-5", className)} {...props} />
  );
}
