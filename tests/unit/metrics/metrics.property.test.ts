import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignSpans } from "@/lib/metrics/align-spans";
import { cohensKappa } from "@/lib/metrics/cohens-kappa";
import { krippendorffsAlpha } from "@/lib/metrics/krippendorffs-alpha";
import { matchSpans } from "@/lib/metrics/match-spans";
import { spanPrecisionRecallF1 } from "@/lib/metrics/span-precision-recall-f1";
import type { MetricSpan, SpanMatching } from "@/lib/metrics/types";

// Oracle written out here, independent of match-spans: overlap / union of two
// half-open ranges, 0 when they share no code point.
function jaccardOf(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

// Short texts and few kinds, so identical ranges, nesting and Jaccard ties are common.
function spans(prefix: string): fc.Arbitrary<MetricSpan[]> {
  return fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom("CLAIM", "CLAIM", "ENTITY_MENTION") }),
      { maxLength: 8 },
    )
    .map((drafts) => drafts.map(({ start, length, kind }, i) => ({ id: `${prefix}${i}`, start, end: start + length, kind })));
}

/** A list and a permutation of it. */
function withShuffle<T>(items: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return items.chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as [T[], T[]]));
}

function pairIds(matching: SpanMatching): string[] {
  return matching.pairs.map(({ a, b }) => `${a.id}-${b.id}`).sort();
}

const label = fc.constantFrom("t", "f", "u");
const kappaPairs = fc.array(fc.tuple(label, label), { maxLength: 30 });
// 1–5 coders; each unit has one slot per coder, a value or missing.
const alphaUnits = fc
  .integer({ min: 1, max: 5 })
  .chain((coders) => fc.array(fc.array(fc.option(label, { nil: null }), { minLength: coders, maxLength: coders }), { maxLength: 15 }));

describe("span matching properties", () => {
  it("uses every span exactly once, and only pairs spans that qualify", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), fc.constantFrom("exact" as const, "overlap" as const), (a, b, mode) => {
        const matching = matchSpans(a, b, mode);
        expect([...matching.pairs.map((p) => p.a.id), ...matching.unmatchedA.map((s) => s.id)].sort()).toEqual(a.map((s) => s.id).sort());
        expect([...matching.pairs.map((p) => p.b.id), ...matching.unmatchedB.map((s) => s.id)].sort()).toEqual(b.map((s) => s.id).sort());
        for (const pair of matching.pairs) {
          expect(pair.a.kind).toBe(pair.b.kind);
          expect(pair.jaccard).toBe(jaccardOf(pair.a, pair.b));
          if (mode === "exact") expect(pair.jaccard).toBe(1);
          else expect(pair.overlap).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("is maximal: no two leftover spans could still be paired", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), (a, b) => {
        const { unmatchedA, unmatchedB } = matchSpans(a, b, "overlap");
        for (const x of unmatchedA) for (const y of unmatchedB) expect(x.kind === y.kind && jaccardOf(x, y) > 0).toBe(false);
      }),
    );
  });

  it("is symmetric: swapping the annotators swaps the roles and nothing else", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), fc.constantFrom("exact" as const, "overlap" as const), (a, b, mode) => {
        const forward = matchSpans(a, b, mode);
        const backward = matchSpans(b, a, mode);
        expect(backward.pairs.map(({ a: x, b: y }) => `${y.id}-${x.id}`).sort()).toEqual(pairIds(forward));
      }),
    );
  });

  it("does not depend on input order", () => {
    fc.assert(
      fc.property(withShuffle(spans("a")), withShuffle(spans("b")), ([a, shuffledA], [b, shuffledB]) => {
        expect(pairIds(matchSpans(shuffledA, shuffledB, "overlap"))).toEqual(pairIds(matchSpans(a, b, "overlap")));
      }),
    );
  });

  it("keeps every exact-mode pair in overlap mode, so exact TP ≤ overlap TP", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), (a, b) => {
        const exact = pairIds(matchSpans(a, b, "exact"));
        const overlap = pairIds(matchSpans(a, b, "overlap"));
        expect(overlap).toEqual(expect.arrayContaining(exact));
        expect(spanPrecisionRecallF1(a, b, "exact").tp).toBeLessThanOrEqual(spanPrecisionRecallF1(a, b, "overlap").tp);
      }),
    );
  });

  it("has a symmetric F1 in [0, 1], precision and recall swapping with the roles", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), fc.constantFrom("exact" as const, "overlap" as const), (a, b, mode) => {
        const forward = spanPrecisionRecallF1(a, b, mode);
        const backward = spanPrecisionRecallF1(b, a, mode);
        expect(backward.f1).toBe(forward.f1);
        expect(backward.precision).toBe(forward.recall);
        expect(backward.recall).toBe(forward.precision);
        expect(forward.f1).toBeGreaterThanOrEqual(0);
        expect(forward.f1).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("aligns two annotators exactly as matchSpans pairs them", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), fc.constantFrom("exact" as const, "overlap" as const), (a, b, mode) => {
        const units = alignSpans({ a, b }, mode).units.filter(([x, y]) => x && y);
        expect(units.map(([x, y]) => `${x?.id}-${y?.id}`).sort()).toEqual(pairIds(matchSpans(a, b, mode)));
      }),
    );
  });

  it("aligns the same units whatever the order of the annotators", () => {
    fc.assert(
      fc.property(spans("a"), spans("b"), spans("c"), (a, b, c) => {
        const unitSets = (alignment: ReturnType<typeof alignSpans>) =>
          alignment.units.map((unit) => unit.flatMap((span) => (span ? [span.id] : [])).sort().join(",")).sort();
        expect(unitSets(alignSpans({ c, a, b }, "overlap"))).toEqual(unitSets(alignSpans({ a, b, c }, "overlap")));
      }),
    );
  });
});

describe("agreement coefficient properties", () => {
  it("cohensKappa lies in [−1, 1], and is null only without items or with one shared category", () => {
    fc.assert(
      fc.property(kappaPairs, (pairs) => {
        const result = cohensKappa(pairs);
        if (result.kappa === null) {
          const used = new Set(pairs.flat());
          expect(pairs.length === 0 || used.size === 1).toBe(true);
        } else {
          expect(result.kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(result.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
        }
      }),
    );
  });

  it("cohensKappa is symmetric in the two coders", () => {
    fc.assert(
      fc.property(kappaPairs, (pairs) => {
        expect(cohensKappa(pairs.map(([a, b]) => [b, a] as const)).kappa).toBe(cohensKappa(pairs).kappa);
      }),
    );
  });

  it("krippendorffsAlpha does not change when the coders are permuted", () => {
    fc.assert(
      fc.property(
        alphaUnits.chain((units) => {
          const coders = units[0]?.length ?? 0;
          const order = Array.from({ length: coders }, (_, i) => i);
          return fc.shuffledSubarray(order, { minLength: coders, maxLength: coders }).map((permutation) => [units, permutation] as const);
        }),
        ([units, permutation]) => {
          const permuted = units.map((unit) => permutation.map((coder) => unit[coder] ?? null));
          const original = krippendorffsAlpha(units, "nominal");
          const result = krippendorffsAlpha(permuted, "nominal");
          if (original.alpha === null) expect(result).toEqual(original);
          else expect(result.alpha).toBeCloseTo(original.alpha, 12);
        },
      ),
    );
  });

  it("krippendorffsAlpha is at most 1, and exactly 1 when every unit agrees", () => {
    fc.assert(
      fc.property(alphaUnits, (units) => {
        const result = krippendorffsAlpha(units, "nominal");
        if (result.alpha !== null) expect(result.alpha).toBeLessThanOrEqual(1 + 1e-12);
        const agreeing = units.every((unit) => new Set(unit.filter((value) => value !== null)).size <= 1);
        if (agreeing && result.alpha !== null) expect(result.alpha).toBe(1);
      }),
    );
  });
});
