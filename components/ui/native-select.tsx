import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// A styled native <select>: keyboard, screen reader and form behaviour come
// from the browser, which suits small inline choices inside tables and forms.
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        "h-9 rounded-md border border-input bg-background px-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
