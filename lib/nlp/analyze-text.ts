import type { ItemEntity } from "wink-nlp";
import { nlpEngine } from "@/lib/nlp/nlp-engine";
import { normalizeTerm } from "@/lib/nlp/normalize-term";
import { phraseFolds } from "@/lib/nlp/paraphrase-groups";
import { foldAbbreviations } from "@/lib/nlp/find-abbreviations";
import { extractDates } from "@/lib/nlp/extract-dates";
import { parseNumber } from "@/lib/nlp/parse-number";
import type { NumberMention, PassageFeatures, RelativeTimeMention } from "@/lib/nlp/passage-features";

export type TextAnalysis = {
  // Comparable content terms (normalizeTerm), each once, in reading order.
  terms: string[];
  // The first word in the text behind each term ("visit" ← "travelled").
  surfaces: Record<string, string>;
  features: PassageFeatures;
};

// Parts of speech that carry no content of their own.
const functionPos = new Set(["DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM", "SPACE", "NUM", "X", "INTJ"]);
const directions: Record<string, RelativeTimeMention["direction"]> = {
  before: "before", prior: "before", earlier: "before", ago: "before", ahead: "before", preceding: "before",
  after: "after", later: "after", following: "after", since: "after",
};
const unitOf = (word: string): RelativeTimeMention["unit"] | null => {
  const m = /^(hour|day|week|month|year)s?$/.exec(word.toLowerCase());
  return m ? (m[1] as RelativeTimeMention["unit"]) : null;
};

// The words, dates, relative times and numbers of one sentence, through
// wink-nlp (tokens, POS, lemmas, stop words, CARDINAL/DURATION entities) and
// lib/nlp's folding. Pure and deterministic: the index stores the result and
// the query side computes the same thing for the claim's text.
// `abbreviations` (findAbbreviations of the whole article) fold names onto
// the article's own abbreviations before the words are counted.
export function analyzeText(text: string, abbreviations?: ReadonlyMap<string, string>): TextAnalysis {
  const nlp = nlpEngine();
  const its = nlp.its;
  let folded = abbreviations ? foldAbbreviations(text, abbreviations) : text;
  for (const { pattern, token } of phraseFolds) folded = folded.replace(pattern, token);
  const doc = nlp.readDoc(folded);

  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stop = doc.tokens().out(its.stopWordFlag) as boolean[];

  const terms: string[] = [];
  const surfaces: Record<string, string> = {};
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (stop[i] || functionPos.has(pos[i] ?? "")) return;
    const lemma = lemmas[i] ?? value;
    for (const raw of lemma.split(/[-‐–—'’]/)) {
      // Letters and digits only, so the term is one token for to_tsvector('simple').
      const part = raw.replace(/[^\p{L}\p{N}]/gu, "");
      if (part.length < 2 || !/\p{L}/u.test(part)) continue;
      // A capitalised proper noun inside a sentence is a name; elsewhere (a
      // headline's or sentence's first word) the tagger's PROPN is less sure.
      const name = pos[i] === "PROPN" && i > 0 && /^\p{Lu}/u.test(value) && values[i - 1] !== ".";
      const term = normalizeTerm(part, { paraphrase: !name });
      if (!seen.has(term)) {
        seen.add(term);
        terms.push(term);
        surfaces[term] = value;
      }
    }
  });

  const relativeTimes: RelativeTimeMention[] = [];
  const numbers: NumberMention[] = [];
  const dates = extractDates(text);
  const dateText = dates.map((d) => d.text).join(" ");
  doc.entities().each((entity: ItemEntity) => {
    const detail = entity.out(its.detail) as unknown as { value: string; type: string };
    const [, last] = entity.out(its.span) as unknown as [number, number];
    if (detail.type === "DURATION") {
      const words = detail.value.split(/\s+/);
      const unit = unitOf(words.at(-1) ?? "");
      const next = (values[last + 1] ?? "").toLowerCase();
      const direction = directions[next];
      if (!unit || !direction) return;
      const amount = words.length > 1 ? (parseNumber(words.slice(0, -1).join(" "))?.value ?? null) : null;
      relativeTimes.push({ text: `${detail.value} ${values[last + 1]}`, unit, direction, amount });
    } else if (detail.type === "CARDINAL" || detail.type === "MONEY" || detail.type === "PERCENT" || detail.type === "QUANTITY") {
      if (dateText.includes(detail.value)) return;
      const parsed = parseNumber(detail.value);
      if (!parsed) return;
      // The thing counted: the next noun ("30 Hindu tourists" → tourist).
      let unit: string | null = detail.type === "PERCENT" ? "%" : null;
      for (let i = last + 1; unit === null && i < Math.min(values.length, last + 4); i++) {
        if (pos[i] === "NOUN") unit = normalizeTerm(lemmas[i] ?? "");
      }
      numbers.push({ text: detail.value, value: parsed.value, vague: parsed.vague, unit });
    }
  });
  return { terms, surfaces, features: { dates, relativeTimes, numbers } };
}
