import type { DateMention } from "@/lib/nlp/passage-features";

const monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthPattern =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
// "October 14, 2023", "Oct 29", "January 2-5, 2026", "February 2025", "14 October 2023", "2023".
const patterns: RegExp[] = [
  new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "g"),
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern}(?:,?\\s+(\\d{4}))?\\b`, "g"),
  new RegExp(`\\b${monthPattern}(?:\\s+of)?,?\\s+(\\d{4})\\b`, "g"),
  /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
  /\b((?:19|20)\d{2})\b/g,
];

function monthIndex(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

// Calendar dates in a sentence, most specific first, each stretch of text
// used once ("October 14, 2023" is one date, not also "2023"). Regular
// expressions rather than wink's DATE entities: wink misses ranges such as
// "January 2-5, 2026" and abbreviations in brackets ("(Oct 29)").
export function extractDates(text: string): DateMention[] {
  const taken: Array<[number, number]> = [];
  const found: Array<DateMention & { at: number }> = [];
  const free = (from: number, to: number) => taken.every(([a, b]) => to <= a || from >= b);
  patterns.forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (!free(from, to)) continue;
      const date = toDate(index, match);
      if (!date) continue;
      taken.push([from, to]);
      const defined = Object.fromEntries(Object.entries(date).filter(([, v]) => v !== undefined));
      found.push({ ...defined, text: match[0], at: from });
    }
  });
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...date }) => date);
}

function toDate(pattern: number, m: RegExpMatchArray): Omit<DateMention, "text"> | null {
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  switch (pattern) {
    case 0:
      return { month: monthIndex(m[1] ?? ""), day: num(m[2]), year: num(m[3]) };
    case 1:
      return { day: num(m[1]), month: monthIndex(m[2] ?? ""), year: num(m[3]) };
    case 2:
      // "May 2020" but not the verb in "may 2020 voters…": months need a capital.
      if (!/^[A-Z]/.test(m[1] ?? "")) return null;
      return { month: monthIndex(m[1] ?? ""), year: num(m[2]) };
    case 3:
      return { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
    default:
      return { year: num(m[1]) };
  }
}
