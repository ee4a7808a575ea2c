import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

type PageContainerProps = ComponentProps<"div"> & {
  /** `default` for lists and forms; `narrow` for settings-style single columns; `full` for the editor. */
  width?: "default" | "narrow" | "full";
};

const widths = {
  default: "max-w-7xl",
  narrow: "max-w-3xl",
  full: "max-w-none",
} as const;

/** Consistent page gutters inside AppShell's <main>. */
export function PageContainer({ width = "default", className, ...props }: PageContainerProps) {
  return (
    <div
      data-slot="page-container"
      className={cn("mx-auto w-full px-4 py-6 lg:px-8 lg:py-8", widths[width], className)}
      {...props}
    />
  );
}
