import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "@/lib/anchoring/bounded-edit-distance";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { reanchorAnnotations } from "@/lib/anchoring/reanchor-annotations";
import { sharedWordRatio } from "@/lib/anchoring/shared-word-ratio";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import type { ReanchorInput } from "@/lib/anchoring/types";

// Few distinct words, so repeats (and ambiguous diffs) are common; astral
// characters, a flag (two code points) and a combining mark included.
const WORDS = ["the", "minister", "said", "fell", "3.5", "percent", "😀", "𝔘nited", "🇵🇰", "e\u0301te", "Zaheer", "a", "b"];
const SEPARATORS = [" ", " ", ", ", ". ", "\n\n", ""];

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));
const insertion = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 6 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));

/** A text, one random edit (replace code points [from, to) by `inserted`), and random non-empty spans. */
const scenario = text.chain((old) => {
  const length = Array.from(old).length;
  const offset = fc.integer({ min: 0, max: length });
  return fc.record({
    old: fc.constant(old),
    from: offset,
    to: offset,
    inserted: insertion,
    spans: fc.array(fc.tuple(offset, offset), { minLength: 1, maxLength: 8 }),
  });
});

function annotate(old: string, spans: Array<[number, number]>): ReanchorInput[] {
  return spans
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    .filter(([start, end]) => start < end)
    .map(([start, end], i) => {
      const { exact, prefix = "", suffix = "" } = describeQuote(old, start, end);
      return { id: `a${i}`, start, end, exact, prefix, suffix };
    });
}

/**
 * The same, but every word is distinct ("alpha0", "𝔘psilon1", …) and inserted
 * text uses letters the text does not, so the diff can explain the edit only
 * one way, up to sliding it over a few repeated characters at its ends
 * (separators, digits); then results can also be checked against where the
 * words really went, within that slack.
 */
const SLACK = 3;
const distinctText = fc
  .array(fc.tuple(fc.constantFrom("alpha", "beta", "𝔘psilon", "😀mo", "e\u0301cole", "🇵🇰"), fc.constantFrom(...SEPARATORS.filter((s) => s !== ""))), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.map(([word, separator], i) => `${word}${i}${separator}`).join(""));
const distinctScenario = distinctText.chain((old) => {
  const length = Array.from(old).length;
  const offset = fc.integer({ min: 0, max: length });
  return fc.record({
    old: fc.constant(old),
    from: offset,
    to: offset,
    inserted: fc.constantFrom("", "QZ", "WORDS ADDED", "Ω"),
    spans: fc.array(fc.tuple(offset, offset), { minLength: 1, maxLength: 8 }),
  });
});

describe("reanchorAnnotations (property)", () => {
  it("never reports a range whose text disagrees with textChanged, and keeps untouched spans verbatim", () => {
    fc.assert(
      fc.property(scenario, ({ old, from, to, inserted, spans }) => {
        const [editStart, editEnd] = [Math.min(from, to), Math.max(from, to)];
        const points = Array.from(old);
        const next = points.slice(0, editStart).join("") + inserted + points.slice(editEnd).join("");
        const annotations = annotate(old, spans);
        const results = reanchorAnnotations(old, next, annotations);
        expect(results).toHaveLength(annotations.length);
        annotations.forEach((annotation, i) => {
          const result = results[i];
          if (result === undefined || result.id !== annotation.id) throw new Error("results out of order");
          const untouched = annotation.end <= editStart || annotation.start >= editEnd;
          if (untouched) expect(result).toMatchObject({ status: "anchored", textChanged: false });
          if (result.status !== "anchored") return;
          const covered = sliceCodePoints(next, result.start, result.end);
          expect(result.textChanged).toBe(covered !== annotation.exact);
          if (result.textChanged) {
            const maxErrors = Math.floor(Array.from(annotation.exact).length / 3);
            expect(boundedEditDistance(annotation.exact, covered, maxErrors)).toBeLessThanOrEqual(maxErrors);
            expect(sharedWordRatio(annotation.exact, covered)).toBeGreaterThanOrEqual(0.5);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it("puts a changed match only where the span's own words went (distinct words)", () => {
    fc.assert(
      fc.property(distinctScenario, ({ old, from, to, inserted, spans }) => {
        const [editStart, editEnd] = [Math.min(from, to), Math.max(from, to)];
        const points = Array.from(old);
        const next = points.slice(0, editStart).join("") + inserted + points.slice(editEnd).join("");
        const annotations = annotate(old, spans);
        const results = reanchorAnnotations(old, next, annotations);
        const insertedLength = Array.from(inserted).length;
        const delta = insertedLength - (editEnd - editStart);
        annotations.forEach((annotation, i) => {
          const result = results[i];
          if (result?.status !== "anchored") return;
          const untouched = annotation.end <= editStart || annotation.start >= editEnd;
          if (untouched) {
            const shift = annotation.start >= editEnd ? delta : 0;
            expect(result.textChanged).toBe(false);
            expect(Math.abs(result.start - (annotation.start + shift))).toBeLessThanOrEqual(SLACK);
            return;
          }
          // Touched: what is left of the span plus what replaced it.
          const regionStart = Math.min(annotation.start, editStart);
          const regionEnd = annotation.end > editEnd ? annotation.end + delta : editStart + insertedLength;
          if (result.textChanged) {
            expect(result.start).toBeLessThan(regionEnd + SLACK);
            expect(result.end).toBeGreaterThan(regionStart - SLACK);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("leaves every annotation where it was when the text did not change", () => {
    fc.assert(
      fc.property(scenario, ({ old, spans }) => {
        const annotations = annotate(old, spans);
        const results = reanchorAnnotations(old, old, annotations);
        annotations.forEach((annotation, i) => {
          expect(results[i]).toEqual({ id: annotation.id, status: "anchored", start: annotation.start, end: annotation.end, method: "mapped", textChanged: false });
        });
      }),
      { numRuns: 100 },
    );
  });
});
