import { describe, expect, it } from "vitest";
import { scoresFromCounts } from "@/lib/metrics/scores-from-counts";
import { spanPrecisionRecallF1 } from "@/lib/metrics/span-precision-recall-f1";
import type { MetricSpan } from "@/lib/metrics/types";

function span(id: string, start: number, end: number): MetricSpan {
  return { id, start, end, kind: "CLAIM" };
}

describe("scoresFromCounts", () => {
  it("computes P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn)", () => {
    // tp 2, fp 1, fn 3: P = 2/3, R = 2/5, F1 = 4 / (4 + 1 + 3) = 1/2
    // (the harmonic mean: 2 · (2/3)(2/5) / (2/3 + 2/5) = (8/15) / (16/15) = 1/2)
    const scores = scoresFromCounts({ tp: 2, fp: 1, fn: 3 });
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBeCloseTo(2 / 5, 12);
    expect(scores.f1).toBeCloseTo(1 / 2, 12);
  });

  it("scores nothing against nothing as total agreement", () => {
    expect(scoresFromCounts({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it("scores a zero denominator as 0 when only one side is empty", () => {
    // reference empty: R = 0/0 → 0; candidate empty: P = 0/0 → 0
    expect(scoresFromCounts({ tp: 0, fp: 3, fn: 0 })).toEqual({ tp: 0, fp: 3, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(scoresFromCounts({ tp: 0, fp: 0, fn: 2 })).toEqual({ tp: 0, fp: 0, fn: 2, precision: 0, recall: 0, f1: 0 });
  });

  it("pools articles by summing counts (micro-average)", () => {
    // article 1: tp 3 fp 1 fn 0 (F1 6/7); article 2: nobody annotated (F1 1).
    // Pooled: tp 3 fp 1 fn 0 → F1 6/7, not the mean (6/7 + 1) / 2.
    expect(scoresFromCounts({ tp: 3 + 0, fp: 1 + 0, fn: 0 + 0 }).f1).toBeCloseTo(6 / 7, 12);
  });
});

describe("spanPrecisionRecallF1", () => {
  const reference = [span("r1", 0, 40), span("r2", 50, 90), span("r3", 100, 140)];
  const candidate = [span("c1", 0, 40), span("c2", 55, 90), span("c3", 100, 120), span("c4", 200, 220)];

  it("exact mode counts only identical ranges", () => {
    // tp 1 (r1=c1); fn 2 (r2, r3); fp 3 (c2, c3, c4)
    // P = 1/4, R = 1/3, F1 = 2/(3+4) = 2/7
    const scores = spanPrecisionRecallF1(reference, candidate, "exact");
    expect(scores).toMatchObject({ tp: 1, fp: 3, fn: 2, precision: 1 / 4 });
    expect(scores.recall).toBeCloseTo(1 / 3, 12);
    expect(scores.f1).toBeCloseTo(2 / 7, 12);
  });

  it("overlap mode also credits boundary disagreements", () => {
    // tp 3 (r1-c1, r2-c2, r3-c3); fn 0; fp 1 (c4)
    // P = 3/4, R = 1, F1 = 6/7
    const scores = spanPrecisionRecallF1(reference, candidate, "overlap");
    expect(scores).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 3 / 4, recall: 1 });
    expect(scores.f1).toBeCloseTo(6 / 7, 12);
  });

  it("scores total agreement 1 and no overlap 0", () => {
    expect(spanPrecisionRecallF1(reference, reference, "exact")).toEqual({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(spanPrecisionRecallF1(reference, [span("x", 300, 310)], "overlap")).toEqual({ tp: 0, fp: 1, fn: 3, precision: 0, recall: 0, f1: 0 });
  });

  it("defines the empty cases", () => {
    expect(spanPrecisionRecallF1([], [], "exact")).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(spanPrecisionRecallF1(reference, [], "exact")).toMatchObject({ tp: 0, fp: 0, fn: 3, f1: 0 });
    expect(spanPrecisionRecallF1([], candidate, "overlap")).toMatchObject({ tp: 0, fp: 4, fn: 0, f1: 0 });
  });

  it("swaps precision and recall, and keeps F1, when the roles swap", () => {
    const forward = spanPrecisionRecallF1(reference, candidate, "exact");
    const backward = spanPrecisionRecallF1(candidate, reference, "exact");
    expect(backward).toEqual({ tp: forward.tp, fp: forward.fn, fn: forward.fp, precision: forward.recall, recall: forward.precision, f1: forward.f1 });
  });
});
