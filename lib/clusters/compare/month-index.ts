// Month names and their usual abbreviations as compromise normalises them.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// 1-based month of a month word ("March", "Sept", "oct"), or null.
export function monthIndex(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const index = MONTHS.indexOf(key);
  return index === -1 ? null : index + 1;
}

// Full month names that are no other English word: compromise sometimes leaves
// these untagged before a day range ("January 2-5, 2026"). "May" and "March"
// are also a verb, so they count only when compromise tags them as months.
const UNAMBIGUOUS = new Set(["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"]);

export function isUnambiguousMonthName(word: string): boolean {
  return /^[A-Z]/.test(word) && UNAMBIGUOUS.has(word.toLowerCase());
}

// A month written out or abbreviated ("October", "Oct", "Sept."), whatever
// compromise tagged it as: never part of a name.
export function isMonthWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/\.$/, "");
  const index = monthIndex(bare);
  if (index === null) return false;
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][index - 1] ?? "";
  return bare === full || (bare.length >= 3 && bare.length <= 4 && full.startsWith(bare));
}
