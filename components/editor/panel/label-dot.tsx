import { cn } from "@/lib/cn";

// The label's own colour; decorative, since the name beside it always says the same.
export function LabelDot({ color, className }: { color: string | undefined; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("inline-block size-2.5 shrink-0 rounded-full ring-1 ring-black/15 dark:ring-white/25", className)}
      style={{ backgroundColor: color ?? "transparent" }}
    />
  );
}
