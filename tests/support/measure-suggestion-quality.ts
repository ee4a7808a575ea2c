import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "@/lib/import/extract-article";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { demoAnnotations, demoEntities } from "@/lib/seed/demo-annotations";
import { suggestForText } from "@/lib/suggestions/suggest-for-text";
import type { RegistryName, SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import { expectedMentions, type ExpectedMention } from "@/tests/fixtures/demo-entity-mentions";

const corpusDir = join(import.meta.dirname, "../../prisma/seed-data/corpus");
export const demoFiles = ["article-000.txt", "article-001.txt", "article-002.txt", "article-003.txt", "article-004.txt"];

export const demoRegistry: RegistryName[] = demoEntities.map((e) => ({ entityId: e.key, entityType: e.type, names: [e.name, ...e.aliases] }));

export function demoText(file: string): string {
  return extractArticle({ kind: "text", content: readFileSync(join(corpusDir, file), "utf8"), fileName: file }).text;
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export type Tally = { found: number; total: number };
export type SuggestionQuality = {
  // Mentions, exact boundaries.
  registryRecall: Tally;
  newRecall: Tally;
  precision: Tally;
  // Mentions, any overlap (a suggestion "Dr. Naji" for "Naji Zaheer" counts).
  registryRecallOverlap: Tally;
  newRecallOverlap: Tally;
  precisionOverlap: Tally;
  // Of exactly found mentions, the suggested type was the expected one.
  typeAccuracy: Tally;
  // Claims against the demo's marked claims: a marked claim is found when a
  // suggested sentence covers at least half of it; a suggestion is right when
  // it overlaps a marked claim.
  claimRecall: Tally;
  claimPrecision: Tally;
  // Of the top 5 claim suggestions per article, how many overlap a marked claim.
  claimPrecisionAt5: Tally;
};

const add = (t: Tally, found: boolean) => {
  t.total++;
  if (found) t.found++;
};
export const rate = (t: Tally) => ratio(t.found, t.total);

/** Runs the built-in suggesters over the five demo articles and scores them against the hand-made lists. */
export function measureSuggestionQuality(): { quality: SuggestionQuality; perArticle: Record<string, SuggestionDTO[]> } {
  const q: SuggestionQuality = {
    registryRecall: { found: 0, total: 0 }, newRecall: { found: 0, total: 0 }, precision: { found: 0, total: 0 },
    registryRecallOverlap: { found: 0, total: 0 }, newRecallOverlap: { found: 0, total: 0 }, precisionOverlap: { found: 0, total: 0 },
    typeAccuracy: { found: 0, total: 0 }, claimRecall: { found: 0, total: 0 }, claimPrecision: { found: 0, total: 0 }, claimPrecisionAt5: { found: 0, total: 0 },
  };
  const perArticle: Record<string, SuggestionDTO[]> = {};
  for (const file of demoFiles) {
    const text = demoText(file);
    const suggestions = suggestForText({ text, registry: demoRegistry });
    perArticle[file] = suggestions;
    const mentions = suggestions.filter((s) => s.kind === "ENTITY_MENTION");
    const expected: readonly ExpectedMention[] = expectedMentions[file] ?? [];
    for (const e of expected) {
      const exact = mentions.find((s) => same(s, e));
      add(e.registry ? q.registryRecall : q.newRecall, !!exact);
      add(e.registry ? q.registryRecallOverlap : q.newRecallOverlap, mentions.some((s) => overlaps(s, e)));
      if (exact) add(q.typeAccuracy, exact.entityType === e.type);
    }
    for (const s of mentions) {
      add(q.precision, expected.some((e) => same(s, e)));
      add(q.precisionOverlap, expected.some((e) => overlaps(s, e)));
    }

    const index = createCodePointIndex(text);
    const marked = demoAnnotations
      .filter((a) => a.file === file && a.kind === "CLAIM")
      .map((a) => {
        const at = nth(text, a.quote, a.occurrence ?? 0);
        const start = index.toCodePoint(at);
        return { start, end: start + [...a.quote].length };
      });
    const claims = suggestions.filter((s) => s.kind === "CLAIM");
    for (const c of marked) {
      add(q.claimRecall, claims.some((s) => Math.min(s.end, c.end) - Math.max(s.start, c.start) >= (c.end - c.start) / 2));
    }
    for (const s of claims) add(q.claimPrecision, marked.some((c) => overlaps(s, c)));
    for (const s of claims.slice(0, 5)) add(q.claimPrecisionAt5, marked.some((c) => overlaps(s, c)));
  }
  return { quality: q, perArticle };
}

function nth(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote not found: ${quote}`);
  }
  return at;
}
