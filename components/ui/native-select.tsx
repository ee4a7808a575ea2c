import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// A styled native <select>: keyboard, screen reader and form behaviour come
// from the browser, which suits small inline choices inside tables and forms.
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        // No outline override: the global :focus-visible ring in globals.css
        // is the one focus style, and a half-transparent ring fails 3:1.
        "h-9 rounded-md border border-input bg-background px-2 text-sm shadow-xs dark:bg-input/10",
        "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive",
        className,
      )}
      {...props}
    />
  );
}
