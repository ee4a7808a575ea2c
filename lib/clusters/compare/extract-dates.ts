import { isMonthWord, isUnambiguousMonthName, monthIndex } from "@/lib/clusters/compare/month-index";
import { nlp } from "@/lib/clusters/compare/nlp";
import type { TextSpan, TextToken } from "@/lib/clusters/compare/text-token";

// A calendar date as the member states it: only the parts it actually gives
// ("October 29" has no year; "2023" has only a year). Parts left out are
// unknown, not defaults, so a member that omits the year never disagrees on it.
export type DateMention = TextSpan & {
  year: number | null;
  month: number | null;
  dayFrom: number | null;
  dayTo: number | null;
  weekday: string | null;
};

const DAY_RANGE = /^(\d{1,2})\s*[-–]\s*(\d{1,2})$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

function isYear(token: TextToken, next: TextToken | undefined): boolean {
  if (!/^\d{4}$/.test(token.text) || token.value === null) return false;
  if (token.value < 1000 || token.value > 2999) return false;
  // "2000 people" is a count, not a year.
  return !(next && next.sentence === token.sentence && next.tags.has("Plural") && !next.tags.has("Date"));
}

function dayOf(token: TextToken): number | null {
  if (!token.tags.has("Value") || token.value === null) return null;
  return Number.isInteger(token.value) && token.value >= 1 && token.value <= 31 ? token.value : null;
}

// Numeric formats ("14/03/2025", "2025-03-14") are left to compromise-dates,
// which knows their conventions.
function parseNumericDate(text: string): Pick<DateMention, "year" | "month" | "dayFrom" | "dayTo"> | null {
  // The dates plugin's methods are not in compromise's own document type.
  const doc = nlp(text) as unknown as { dates: () => { get: () => { start?: string }[] } };
  const parsed = doc.dates().get();
  const iso = parsed[0]?.start;
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  const day = Number(match[3]);
  return { year: Number(match[1]), month: Number(match[2]), dayFrom: day, dayTo: day };
}

type Parts = Omit<DateMention, keyof TextSpan>;
type Draft = { from: number; to: number; parts: Parts };
type Part = Partial<Parts> & { connector?: true };

function emptyParts(): Parts {
  return { year: null, month: null, dayFrom: null, dayTo: null, weekday: null };
}

// What one word contributes to a date, given the date read so far.
function partOf(tokens: readonly TextToken[], i: number, parts: Parts): Part | null {
  const token = tokens[i];
  if (!token) return null;
  const next = tokens[i + 1];
  const sameSentence = (other: TextToken | undefined) => other !== undefined && other.sentence === token.sentence;
  const isNumber = (other: TextToken | undefined) => sameSentence(other) && other !== undefined && other.tags.has("Value");
  // "Oct 29", "Sept. 3": an abbreviation reads as a month only next to a number.
  const abbreviatedMonth = (at: number) => {
    const word = tokens[at];
    return word !== undefined && /^\p{Lu}\p{Ll}{2,3}$/u.test(word.text) && isMonthWord(word.text) && (isNumber(tokens[at + 1]) || isNumber(tokens[at - 1]));
  };
  const monthAt = (at: number) => {
    const other = tokens[at];
    return sameSentence(other) && other !== undefined && (other.tags.has("Month") || isUnambiguousMonthName(other.text) || abbreviatedMonth(at));
  };
  const monthFollows = monthAt(i + 1) || (next?.normal === "of" && monthAt(i + 2));
  const hasMonth = parts.month !== null || monthFollows;
  if (monthAt(i)) return { month: monthIndex(token.normal) };
  if (NUMERIC_DATE.test(token.text)) return parseNumericDate(token.text);
  if (isYear(token, next)) return { year: token.value };
  if (token.tags.has("WeekDay")) return { weekday: token.normal.slice(0, 3) };
  const range = DAY_RANGE.exec(token.text);
  if (range && hasMonth) return { dayFrom: Number(range[1]), dayTo: Number(range[2]) };
  const day = dayOf(token);
  if (day !== null && hasMonth) return { dayFrom: day, dayTo: day };
  // "14th of March"
  if (token.normal === "of" && parts.dayFrom !== null && parts.month === null && monthAt(i + 1)) return { connector: true };
  return null;
}

// Verbs of saying: "officials said on Tuesday", "told reporters on Monday".
const REPORTING = new Set(
  ["say", "tell", "announce", "report", "state", "add", "confirm", "claim", "write", "tweet", "post", "declare", "disclose", "reveal"].concat(
    ["deny", "acknowledge", "admit", "explain", "note", "insist", "warn", "publish"],
  ),
);

// A date that says when something was said, not when the reported event
// happened: outlets report on different days, so these are left out. It is
// one whose nearest verb, at most three words back, is a verb of saying.
function datesTheReport(tokens: readonly TextToken[], from: number): boolean {
  const first = tokens[from];
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const token = tokens[i];
    if (!token || token.sentence !== first?.sentence) return false;
    if (token.tags.has("Verb")) return REPORTING.has(token.root);
    if (token.tags.has("Value") || token.tags.has("Month")) return false;
  }
  return false;
}

function fits(parts: Parts, part: Part): boolean {
  return (Object.keys(part) as (keyof Part)[]).every((key) => key === "connector" || parts[key] === null);
}

// Finds calendar dates in a member: runs of month names, day numbers or
// ranges, years and weekdays, tagged by compromise, read into their parts.
export function extractDates(text: string, tokens: readonly TextToken[]): DateMention[] {
  const chars = [...text];
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  tokens.forEach((token, i) => {
    const adjacent = current !== null && current.to === i - 1 && tokens[i - 1]?.sentence === token.sentence;
    const joined = adjacent && current ? partOf(tokens, i, current.parts) : null;
    if (current && joined && fits(current.parts, joined)) {
      const { connector, ...parts } = joined;
      void connector;
      Object.assign(current.parts, parts);
      current.to = i;
      return;
    }
    const fresh = partOf(tokens, i, emptyParts());
    if (fresh && !fresh.connector) {
      current = { from: i, to: i, parts: { ...emptyParts(), ...fresh } };
      drafts.push(current);
    } else {
      current = null;
    }
  });
  return drafts.flatMap(({ from, to, parts }) => {
    const first = tokens[from];
    const last = tokens[to];
    if (!first || !last) return [];
    if (parts.year === null && parts.month === null && parts.weekday === null) return [];
    if (datesTheReport(tokens, from)) return [];
    const words = chars.slice(first.start, last.end).join("");
    return [{ words, start: first.start, end: last.end, ...parts }];
  });
}
