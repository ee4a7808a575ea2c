import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorSelectors } from "@/lib/anchoring/anchor-selectors";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { matchQuoteFuzzy } from "@/lib/anchoring/match-quote-fuzzy";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import type { TextQuoteSelector, TextRange } from "@/lib/anchoring/types";

// Third-party anchoring cases (Apache Annotator, Hypothesis) kept in the
// shared validators folder next to the repository, never copied into it:
// /work/main → /work/shared locally, X/main → X/shared in CI.
const casesPath = resolve(import.meta.dirname, "../../../../shared/validators/anchoring/cases.json");
const present = existsSync(casesPath);

type Case = {
  id: string;
  kind: string;
  implementation_specific?: boolean;
  text?: string;
  text_file?: string;
  selector?: TextQuoteSelector | { type: "TextPositionSelector"; start: number; end: number };
  selectors?: Array<Record<string, unknown>>;
  scope?: (TextRange & { text: string }) | null;
  range?: TextRange & { quote?: string };
  hint?: number;
  expected: Record<string, unknown>;
};

const cases: Case[] = present ? (JSON.parse(readFileSync(casesPath, "utf8")) as Case[]) : [];
const ofKind = (kind: string) => cases.filter((c) => c.kind === kind);
const textOf = (c: Case): string =>
  c.text ?? readFileSync(resolve(dirname(casesPath), c.text_file ?? ""), "utf8");
const quoteSelector = (c: Case) => c.selector as TextQuoteSelector;

describe.runIf(!present)("anchoring validator cases", () => {
  it("are absent: nothing to check", () => {
    console.warn(`validators absent: ${casesPath} not found; anchoring validator cases not run`);
    expect(present).toBe(false);
  });
});

describe.skipIf(!present)("anchoring validator cases", () => {
  it("are all there (121)", () => {
    expect(cases).toHaveLength(121);
  });

  describe("text-quote-match: every exact match, in order (Apache Annotator)", () => {
    for (const c of ofKind("text-quote-match")) {
      it(c.id, () => {
        const expected = (c.expected.matches as TextRange[]).map(({ start, end }) => ({ start, end }));
        const scope = c.scope ? { start: c.scope.start, end: c.scope.end } : undefined;
        expect(matchQuote(textOf(c), quoteSelector(c), scope)).toEqual(expected);
      });
    }
  });

  describe("text-position-match: code-point offsets (Apache Annotator)", () => {
    for (const c of ofKind("text-position-match")) {
      it(c.id, () => {
        const text = textOf(c);
        const expected = c.expected as { start_codepoint: number; end_codepoint: number; start_utf16: number; end_utf16: number; quote: string };
        const { start, end } = c.selector as TextRange;
        expect([start, end]).toEqual([expected.start_codepoint, expected.end_codepoint]);
        expect(sliceCodePoints(text, start, end)).toBe(expected.quote);
        const index = createCodePointIndex(text);
        expect([index.toUtf16(start), index.toUtf16(end)]).toEqual([expected.start_utf16, expected.end_utf16]);
        expect([index.toCodePoint(expected.start_utf16), index.toCodePoint(expected.end_utf16)]).toEqual([start, end]);
        const quote = describeQuote(text, start, end);
        expect(anchorSelectors(text, { position: { start, end }, quote })).toEqual({ start, end, method: "position" });
        expect(anchorSelectors(text, { quote })).toEqual({ start, end, method: "quote" });
      });
    }
  });

  describe("text-quote-describe: our 32-code-point selector re-anchors uniquely to the range", () => {
    for (const c of ofKind("text-quote-describe")) {
      it(c.id, () => {
        const text = textOf(c);
        const range = c.range as TextRange;
        // Scoped cases describe the part of the range inside the scope, within the scope's text.
        const scope = c.scope ?? { start: 0, end: text.length, text };
        const start = Math.max(range.start, scope.start) - scope.start;
        const end = Math.min(range.end, scope.end) - scope.start;
        const selector = describeQuote(scope.text, start, end);
        expect(matchQuote(scope.text, selector)).toEqual([{ start, end }]);
        // Hypothesis' own expectations use the same 32-character context, so they must agree exactly.
        if (c.id.startsWith("hypothesis/")) expect(selector).toEqual(c.expected.selector);
      });
    }
  });

  describe("dom-range-roundtrip: the quote text re-anchors by position and by quote alone (Hypothesis)", () => {
    for (const c of ofKind("dom-range-roundtrip")) {
      it(c.id, () => {
        const text = textOf(c);
        const { start, end, quote } = c.expected as { start: number; end: number; quote: string };
        expect(sliceCodePoints(text, start, end)).toBe(quote);
        const selector = describeQuote(text, start, end);
        expect(selector.exact).toBe(quote);
        expect(anchorSelectors(text, { position: { start, end }, quote: selector })).toEqual({ start, end, method: "position" });
        expect(anchorSelectors(text, { quote: selector })).toEqual({ start, end, method: "quote" });
        expect(matchQuote(text, selector)).toEqual([{ start, end }]);
      });
    }
  });

  describe("baseline-anchor: real Hypothesis annotations on a saved page", () => {
    for (const c of ofKind("baseline-anchor")) {
      it(c.id, () => {
        const text = textOf(c);
        const { start, end, exact } = c.expected as { start: number; end: number; exact: string };
        const position = c.selectors?.find((s) => s.type === "TextPositionSelector") as unknown as TextRange;
        const quote = c.selectors?.find((s) => s.type === "TextQuoteSelector") as unknown as TextQuoteSelector;
        expect(anchorSelectors(text, { position, quote })).toEqual({ start, end, method: "position" });
        // Without the position, prefix/suffix must pick the right one of up to 9 occurrences.
        expect(anchorSelectors(text, { quote })).toEqual({ start, end, method: "quote" });
        // A stale position still finds the quote, by context.
        expect(anchorSelectors(text, { position: { start: start + 5, end: end + 5 }, quote })).toEqual({ start, end, method: "quote" });
        // describeQuote reproduces Hypothesis' stored selector.
        expect(describeQuote(text, start, end)).toEqual({ type: "TextQuoteSelector", exact, prefix: quote.prefix, suffix: quote.suffix });
      });
    }
  });

  describe("text-position-describe: range → position → range (Hypothesis)", () => {
    for (const c of ofKind("text-position-describe")) {
      it(c.id, () => {
        const text = textOf(c);
        const range = c.range as TextRange;
        const expected = c.expected as { selector: TextRange; roundtrip_quote: string };
        expect({ start: range.start, end: range.end }).toEqual({ start: expected.selector.start, end: expected.selector.end });
        expect(sliceCodePoints(text, range.start, range.end)).toBe(expected.roundtrip_quote);
      });
    }
  });

  describe("fuzzy-quote-match (implementation-specific: Hypothesis' match-quote)", () => {
    for (const c of ofKind("fuzzy-quote-match")) {
      it(c.id, () => {
        const match = matchQuoteFuzzy(textOf(c), quoteSelector(c), c.hint === undefined ? {} : { hint: c.hint });
        const expected = c.expected as { match: (Partial<TextRange> & { quote?: string }) | null; score?: number; score_range?: string };
        if (expected.match === null) {
          expect(match).toBeNull();
          return;
        }
        expect(match).not.toBeNull();
        if (expected.match.start !== undefined) expect(match?.start).toBe(expected.match.start);
        if (expected.match.end !== undefined) expect(match?.end).toBe(expected.match.end);
        if (expected.match.quote !== undefined && match) {
          expect(sliceCodePoints(textOf(c), match.start, match.end)).toBe(expected.match.quote);
        }
        if (expected.score !== undefined) expect(match?.score).toBeCloseTo(expected.score, 10);
        if (expected.score_range !== undefined) {
          expect(match?.score).toBeGreaterThan(0);
          expect(match?.score).toBeLessThan(1);
        }
      });
    }
  });

  describe("fuzzy-quote-score-order (implementation-specific: Hypothesis' match-quote)", () => {
    for (const c of ofKind("fuzzy-quote-score-order")) {
      it(c.id, () => {
        const text = textOf(c);
        const scores = (c.selectors as unknown as TextQuoteSelector[]).map((selector) => matchQuoteFuzzy(text, selector)?.score ?? -1);
        for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number);
      });
    }
  });
});
