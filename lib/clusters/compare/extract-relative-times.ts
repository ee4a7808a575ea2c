import type { TextSpan, TextToken } from "@/lib/clusters/compare/text-token";

// A time stated relative to another event ("days before", "a week after",
// "three hours later"): how far, as a range of hours, and which way. A range
// because plain plurals are vague: "days" is at least two days and fewer than
// a speaker would count in the next unit (two weeks). `hours` is null when
// only the direction is given ("soon after").
export type RelativeTimeMention = TextSpan & {
  direction: "before" | "after";
  hours: { min: number; max: number } | null;
};

const HOURS: Record<string, number> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 24 * 7,
  fortnight: 24 * 14,
  month: 24 * 30.4,
  year: 24 * 365.25,
  decade: 24 * 3652.5,
};
// The unit above each, for the upper bound of a vague plural.
const NEXT: Record<string, string> = { minute: "hour", hour: "day", day: "week", week: "month", fortnight: "month", month: "year", year: "decade", decade: "decade" };
const DIRECTION: Record<string, "before" | "after"> = {
  before: "before",
  prior: "before",
  earlier: "before",
  ago: "before",
  after: "after",
  later: "after",
  afterwards: "after",
  on: "after",
};
const ONE = new Set(["a", "an", "one", "the"]);
const VAGUE = new Set(["few", "several", "some", "many", "couple"]);
const APPROXIMATE = new Set(["about", "around", "roughly", "nearly", "almost", "approximately", "some"]);
const SOON = new Set(["soon", "shortly", "immediately", "right", "just"]);

function unitOf(token: TextToken): string | null {
  const root = token.root.replace(/s$/, "");
  return root in HOURS ? root : null;
}

function directionAt(token: TextToken | undefined): "before" | "after" | null {
  if (!token) return null;
  const direction = DIRECTION[token.normal];
  // "on" only as in "later on"; alone it is a preposition.
  return direction && token.normal !== "on" ? direction : null;
}

function spanOf(chars: readonly string[], from: TextToken, to: TextToken): TextSpan {
  return { words: chars.slice(from.start, to.end).join(""), start: from.start, end: to.end };
}

// Finds relative times: an optional amount, a time unit, then a direction
// word; or "soon/shortly after|before" with no amount.
export function extractRelativeTimes(text: string, tokens: readonly TextToken[]): RelativeTimeMention[] {
  const chars = [...text];
  const found: RelativeTimeMention[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const sameSentence = (other: TextToken | undefined): other is TextToken => other !== undefined && other.sentence === token.sentence;
    if (SOON.has(token.normal) && sameSentence(next)) {
      const direction = directionAt(next);
      if (direction && !(next && unitOf(next))) found.push({ ...spanOf(chars, token, next), direction, hours: null });
      return;
    }
    const unit = unitOf(token);
    if (!unit || !sameSentence(next)) return;
    const direction = directionAt(next);
    if (!direction) return;
    const size = HOURS[unit] ?? 1;
    const previous = tokens[i - 1];
    const beforePrevious = tokens[i - 2];
    let from = token;
    let hours: { min: number; max: number };
    if (sameSentence(previous) && previous.value !== null && previous.tags.has("Value")) {
      hours = { min: previous.value * size, max: previous.value * size };
      from = previous;
    } else if (sameSentence(previous) && ONE.has(previous.normal) && !token.tags.has("Plural")) {
      hours = { min: size, max: size };
      from = previous;
    } else {
      // The upper bound is exclusive: "days" and "two weeks" do not overlap.
      hours = { min: 2 * size, max: 2 * (HOURS[NEXT[unit] ?? unit] ?? size) * 0.999 };
      if (sameSentence(previous) && VAGUE.has(previous.normal)) from = previous;
      if (previous?.normal === "few" && sameSentence(beforePrevious) && beforePrevious.normal === "a") from = beforePrevious;
    }
    const modifier = tokens[tokens.indexOf(from) - 1];
    if (sameSentence(modifier) && APPROXIMATE.has(modifier.normal) && hours.min === hours.max) {
      hours = { min: hours.min * 0.7, max: hours.max * 1.3 };
    }
    if (next) found.push({ ...spanOf(chars, from, next), direction, hours });
  });
  return found;
}
