import nlp from "compromise";
import { nlpEngine } from "@/lib/nlp/nlp-engine";
import type { EntityTypeKey, RawSpan } from "@/lib/suggestions/suggestion-types";
import { leadingTitleLength } from "@/lib/suggestions/leading-title";

export type NamedEntity = RawSpan & { entityType: EntityTypeKey | null; source: "compromise" | "wink-nlp" };

type CompromiseMatch = { text: string; offset: { start: number; length: number } };

// Possessives, closing punctuation and quotes after a name.
const TAIL = /(?:['’]s|['’]|[.,;:!?)"”’—–]|\s)+$/u;
const HEAD = /^[\s"“‘(]+/u;
// Organisation words: a capitalised run ending in one of these is an organisation.
const ORG_WORDS = /\b(?:League|Association|Club|Party|Organi[sz]ation|Front|Council|Court|Ministry|Army|Forces?|Institute|University|Agency|Group|Committee|Union|Movement|Bank|Company|Corporation|Times|News|Post|Assembly|Parliament|Government|Taiba|Mohammed|Hamas|Islam)\b/;
// Capitalised words that start sentences or headings and are not names.
const NOT_NAMES = new Set([
  "The", "A", "An", "In", "On", "At", "During", "After", "Before", "His", "Her", "Their", "This", "That", "These", "Those", "It", "Its",
  "According", "Though", "While", "Conclusion", "Recent", "Senior", "Held", "Islamist",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]);
// Hyphenated tails of a name: "Lashkar" + "-e-Taiba", "Fazl" + "-ur-Rehman".
const HYPHEN_TAIL = /^(?:(?:-\p{Ll}{1,3})*-\p{Lu}\p{L}*)+/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u;

function trim(text: string, from: number, to: number): RawSpan | null {
  let slice = text.slice(from, to);
  const head = HEAD.exec(slice)?.[0].length ?? 0;
  from += head;
  slice = slice.slice(head);
  const title = leadingTitleLength(slice);
  from += title;
  slice = slice.slice(title);
  // A quoted name's closing quote ends it: "Al-Aqsa Storm” conference" is "Al-Aqsa Storm".
  const close = slice.search(/[”"]/u);
  if (close > 0) slice = slice.slice(0, close);
  const tail = TAIL.exec(slice)?.[0].length ?? 0;
  to = from + slice.length - tail;
  return to - from >= 2 && /^\p{Lu}/u.test(text.slice(from, to)) ? { from, to } : null;
}

function fromCompromise(text: string): NamedEntity[] {
  const doc = nlp(text);
  const out: NamedEntity[] = [];
  const take = (matches: CompromiseMatch[], entityType: EntityTypeKey) => {
    for (const m of matches) {
      // A place list "Gujranwala, Pakistan" is two places.
      const parts = m.text.split(/,\s+/);
      let at = m.offset.start;
      for (const part of parts) {
        const span = trim(text, at, at + part.length);
        // compromise reads "Lashkar-e-Taiba" as a person's name.
        const type = entityType === "person" && span && /-\p{Ll}{1,3}-/u.test(text.slice(span.from, span.to)) ? "organization" : entityType;
        if (span && !NOT_NAMES.has(text.slice(span.from, span.to))) out.push({ ...span, entityType: type, source: "compromise" });
        at += part.length + (text.slice(at + part.length).match(/^,\s+/)?.[0].length ?? 0);
      }
    }
  };
  take(doc.people().json({ offset: true }) as CompromiseMatch[], "person");
  take(doc.organizations().json({ offset: true }) as CompromiseMatch[], "organization");
  take(doc.places().json({ offset: true }) as CompromiseMatch[], "location");
  return out;
}

// Runs of proper nouns (wink-nlp's part-of-speech tagger), joined across
// hyphens and "of"/"e" connectors ("Jaish-e-Mohammed", "Bank of England"),
// for names compromise's lexicon does not know. Type: organisation when the
// run ends in an organisation word, else unknown (the person picks it).
function fromWink(text: string): NamedEntity[] {
  const engine = nlpEngine();
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(engine.its.pos) as string[];
  const offsets: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    offsets.push(at);
    if (at >= 0) cursor = at + value.length;
  }
  const out: NamedEntity[] = [];
  let i = 0;
  while (i < values.length) {
    if (pos[i] !== "PROPN" || !/^\p{Lu}/u.test(values[i] ?? "") || (offsets[i] ?? -1) < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < values.length) {
      const next = values[j + 1] ?? "";
      const gap = text.slice((offsets[j] ?? 0) + (values[j] ?? "").length, offsets[j + 1] ?? 0);
      if (gap.includes("\n")) break;
      if (pos[j + 1] === "PROPN" && /^\p{Lu}/u.test(next)) j++;
      else if ((next === "-" || next === "of") && pos[j + 2] === "PROPN" && /^\p{Lu}/u.test(values[j + 2] ?? "")) j += 2;
      else break;
    }
    const from = offsets[i] ?? 0;
    let to = (offsets[j] ?? 0) + (values[j] ?? "").length;
    to += HYPHEN_TAIL.exec(text.slice(to, to + 60))?.[0].length ?? 0;
    // A joined tail may be followed by more proper nouns ("Jamiat Ulema-e-Islam Party").
    while (j + 1 < values.length && (offsets[j + 1] ?? 0) < to) j++;
    const words = values.slice(i, j + 1);
    const single = i === j;
    // A lone capitalised word at a sentence start or in the stop list is not a name.
    if (!(single && NOT_NAMES.has(words[0] ?? ""))) {
      const span = trim(text, from, to);
      if (span && !NOT_NAMES.has(text.slice(span.from, span.to))) {
        const name = text.slice(span.from, span.to);
        out.push({ ...span, entityType: ORG_WORDS.test(name) || ACRONYM.test(name) ? "organization" : null, source: "wink-nlp" });
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * Named entities in `text` from two offline taggers with packaged models:
 * compromise's people, organisations and places (typed), and wink-nlp's
 * proper-noun runs (typed only when the words say so). Overlapping finds are
 * resolved by the caller (mergeSuggestions). Offsets are UTF-16.
 */
export function findNamedEntities(text: string): NamedEntity[] {
  // Paragraph by paragraph: names never cross a blank line, and both taggers
  // slow down more than linearly on one 100,000-character document
  // (compromise's offsets, wink's token walk), where paragraphs stay small.
  const out: NamedEntity[] = [];
  let at = 0;
  for (const block of text.split("\n\n")) {
    for (const found of [...fromCompromise(block), ...fromWink(block)]) out.push({ ...found, from: found.from + at, to: found.to + at });
    at += block.length + 2;
  }
  return out;
}
