import type { RelativeTimeMention } from "@/lib/clusters/compare/extract-relative-times";

// Two relative times agree when they point the same way and their ranges of
// hours overlap: "a week after" and "one week after" agree, "days before" and
// "weeks prior" do not, "soon after" agrees with any time after.
export function relativeTimesAgree(a: RelativeTimeMention, b: RelativeTimeMention): boolean {
  if (a.direction !== b.direction) return false;
  if (a.hours === null || b.hours === null) return true;
  return Math.max(a.hours.min, b.hours.min) <= Math.min(a.hours.max, b.hours.max);
}
