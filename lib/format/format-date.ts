// Dates are shown in UTC with the month spelled out, so "03/04" is never
// ambiguous between newsroom locales and server and browser agree.
const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  return formatter.format(typeof date === "string" ? new Date(date) : date);
}
