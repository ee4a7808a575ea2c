import { isLexiconWord } from "@/lib/clusters/compare/is-lexicon-word";
import { isMonthWord } from "@/lib/clusters/compare/month-index";
import type { TextSpan, TextToken } from "@/lib/clusters/compare/text-token";

export type EntityType = "person" | "place" | "organization" | "other";

// A name as written in a member ("Dr. Naji Zaheer", "LeT", "Gujranwala"),
// with the parts it is compared by: lower-case name words without titles or
// possessives, split at hyphens ("lashkar", "e", "taiba").
export type EntityMention = TextSpan & { type: EntityType; parts: string[] };

// Honorifics and titles that come before a name but are not part of it.
const TITLES = new Set(["dr", "mr", "mrs", "ms", "prof", "sir", "sheikh", "president", "prime", "minister", "gen", "general", "col", "capt", "maulana", "mufti", "hafiz"]);

function isNameWord(token: TextToken, sentenceStart: boolean, lowerCased: ReadonlySet<string>): boolean {
  if (["Pronoun", "Determiner", "Month", "WeekDay", "Value"].some((tag) => token.tags.has(tag))) return false;
  if (isMonthWord(token.text) || !/^\p{Lu}/u.test(token.text)) return false;
  if (token.tags.has("Person") || token.tags.has("Place") || token.tags.has("Organization")) return true;
  if (token.tags.has("ProperNoun") || !sentenceStart) return true;
  // A capital at the start of a sentence is no sign of a name on its own; a
  // singular noun English does not know ("Rauf met Zaheer") and the text
  // never writes in lower case is taken for one.
  return token.tags.has("Singular") && !isLexiconWord(token.normal) && !lowerCased.has(token.normal);
}

function typeOf(run: readonly TextToken[]): EntityType {
  const count = (tag: string) => run.filter((token) => token.tags.has(tag)).length;
  const scores: [EntityType, number][] = [
    ["person", count("Person")],
    ["place", count("Place")],
    ["organization", count("Organization")],
  ];
  const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : "other";
}

function partsOf(run: readonly TextToken[]): string[] {
  const words = run.flatMap((token) =>
    token.text
      .toLowerCase()
      .replace(/['’]s$/u, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part.length > 0),
  );
  const firstName = words.findIndex((word) => !TITLES.has(word));
  return firstName === -1 ? words : words.slice(firstName);
}

// Finds names: runs of capitalised words or words compromise tags as people,
// places or organisations, within one sentence.
export function extractEntities(text: string, tokens: readonly TextToken[]): EntityMention[] {
  const chars = [...text];
  const lowerCased = new Set(tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.normal));
  const found: EntityMention[] = [];
  let run: TextToken[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    const parts = partsOf(run);
    if (first && last && parts.length > 0) {
      found.push({ words: chars.slice(first.start, last.end).join(""), start: first.start, end: last.end, type: typeOf(run), parts });
    }
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const sentenceStart = !previous || previous.sentence !== token.sentence;
    const gap = previous ? chars.slice(previous.end, token.start).join("") : "";
    const last = run[run.length - 1];
    // Hyphenated names come in pieces ("Lashkar", "e", "Taiba"); a title's
    // full stop ("Dr. Naji Zaheer") does not end the name either.
    const hyphenated = last === previous && /^[-‐‑]$/u.test(gap);
    const afterTitle = last === previous && last !== undefined && TITLES.has(last.normal) && /^\.\s+$/u.test(gap);
    if (run.length > 0 && !sentenceStart && (hyphenated || ((/^\s+$/u.test(gap) || afterTitle) && isNameWord(token, false, lowerCased)))) {
      run.push(token);
      return;
    }
    flush();
    if (isNameWord(token, sentenceStart, lowerCased)) run.push(token);
  });
  flush();
  return found;
}
