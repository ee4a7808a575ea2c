import type { DateMention } from "@/lib/clusters/compare/extract-dates";

// Two dates agree when every part both state is the same: "October 29" and
// "29 Oct 2023" agree (one omits the year), "January 2-5, 2026" and
// "January 2026" agree (the range lies in the month), "2023" and
// "January 2024" do not. Day ranges agree when they overlap.
export function datesAgree(a: DateMention, b: DateMention): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  if (a.month !== null && b.month !== null && a.month !== b.month) return false;
  if (a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) return false;
  // Days only compare within the same month; a day with no month says little.
  if (a.month !== null && b.month !== null && a.dayFrom !== null && b.dayFrom !== null && a.dayTo !== null && b.dayTo !== null) {
    return a.dayFrom <= b.dayTo && b.dayFrom <= a.dayTo;
  }
  return true;
}
