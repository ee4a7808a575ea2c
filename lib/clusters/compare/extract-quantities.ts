import type { TextSpan, TextToken } from "@/lib/clusters/compare/text-token";

// A number and what it counts ("12 people", "around 30 Hindu tourists",
// "dozens of soldiers"), as a range so that hedged figures compare fairly.
// `noun` is the root of the counted noun, or null for a bare number.
export type QuantityMention = TextSpan & { noun: string | null; min: number; max: number };

// Plural multiplier words stand for a vague amount ("dozens" is 24 to 99).
const VAGUE_AMOUNTS: Record<string, { min: number; max: number }> = {
  dozen: { min: 24, max: 99 },
  score: { min: 40, max: 199 },
  hundred: { min: 200, max: 999 },
  thousand: { min: 2000, max: 9999 },
  million: { min: 2e6, max: 9.99e6 },
};
const APPROXIMATE = new Set(["about", "around", "roughly", "nearly", "almost", "approximately", "some", "estimated", "circa"]);
const AT_LEAST = new Set(["over", "least", "more", "than", "above", "exceeding", "upwards"]);
const AT_MOST = new Set(["under", "most", "fewer", "less", "below", "up"]);
// Words between a number and its noun that do not end the noun phrase.
const SKIPPABLE = new Set(["of", "the"]);

function isCount(token: TextToken): boolean {
  return token.value !== null && !token.tags.has("Ordinal");
}

function nounAfter(tokens: readonly TextToken[], i: number): { noun: string; index: number } | null {
  const first = tokens[i];
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const token = tokens[j];
    if (!token || !first || token.sentence !== first.sentence) return null;
    if (token.tags.has("Value")) continue;
    if (SKIPPABLE.has(token.normal)) continue;
    if (token.tags.has("Noun") && !token.tags.has("Pronoun")) {
      // "30 Hindu tourists": a proper adjective before the head noun.
      const following = tokens[j + 1];
      if (token.tags.has("ProperNoun") && following?.tags.has("Noun") && following.sentence === token.sentence) continue;
      return { noun: token.root.toLowerCase(), index: j };
    }
    if (token.tags.has("Adjective")) continue;
    return null;
  }
  return null;
}

// Widens an exact figure by the hedge before it ("around 30", "more than 160").
function hedge(tokens: readonly TextToken[], i: number, value: number): { min: number; max: number; from: number } {
  const before = tokens[i - 1];
  if (before && APPROXIMATE.has(before.normal)) return { min: value * 0.85, max: value * 1.15, from: i - 1 };
  if (before && AT_LEAST.has(before.normal)) return { min: value, max: Number.POSITIVE_INFINITY, from: i };
  if (before && AT_MOST.has(before.normal)) return { min: 0, max: value, from: i };
  if (before?.normal === "to" && tokens[i - 2]?.normal === "up") return { min: 0, max: value, from: i };
  return { min: value, max: value, from: i };
}

// Finds counts in a member, skipping words already read as dates or
// relative times (`taken` holds their code-point ranges).
export function extractQuantities(text: string, tokens: readonly TextToken[], taken: readonly TextSpan[]): QuantityMention[] {
  const isTaken = (token: TextToken) => taken.some((span) => token.start < span.end && span.start < token.end);
  const chars = [...text];
  const found: QuantityMention[] = [];
  tokens.forEach((token, i) => {
    if (isTaken(token)) return;
    const previous = tokens[i - 1];
    let range: { min: number; max: number; from: number } | null = null;
    let last = i;
    if (isCount(token) && !(previous && isCount(previous) && previous.sentence === token.sentence)) {
      while (tokens[last + 1]?.tags.has("Value") && tokens[last + 1]?.value === null) last++;
      range = hedge(tokens, i, token.value ?? 0);
    } else {
      const vague = token.tags.has("Plural") ? VAGUE_AMOUNTS[token.root] : undefined;
      if (vague) range = { ...vague, from: i };
    }
    if (!range) return;
    // "50%" counts the same thing as "50 percent".
    const percent = /%$/u.test(tokens[last]?.text ?? "") ? { noun: "percent", index: last } : null;
    const counted = percent ?? nounAfter(tokens, last);
    // "one" alone is a pronoun far more often than a count ("the one who").
    if (token.normal === "one" && !counted) return;
    const from = tokens[range.from] ?? token;
    const to = counted ? tokens[counted.index] ?? token : tokens[last] ?? token;
    found.push({
      words: chars.slice(from.start, to.end).join(""),
      start: from.start,
      end: to.end,
      noun: counted?.noun ?? null,
      min: range.min,
      max: range.max,
    });
  });
  return found;
}
