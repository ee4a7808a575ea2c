import { describe, expect, it } from "vitest";
import { coincidenceMatrix } from "@/lib/metrics/coincidence-matrix";
import { krippendorffsAlpha } from "@/lib/metrics/krippendorffs-alpha";

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability",
// Annenberg School for Communication, University of Pennsylvania,
// https://repository.upenn.edu/asc_papers/43 — section C, "Nominal data, any
// number of observers, missing values". Reliability data matrix, copied by hand
// (observers as rows, units 1–12 as columns, "." written as null):
//
//   unit:        1  2  3  4  5  6  7  8  9 10 11 12
//   observer A:  1  2  3  3  2  1  4  1  2  .  .  .
//   observer B:  1  2  3  3  2  2  4  1  2  5  .  3
//   observer C:  .  3  3  3  2  3  4  2  2  5  1  .
//   observer D:  1  2  3  3  2  4  4  1  2  5  1  .
//   m_u:         3  4  4  4  4  4  4  4  4  3  2  1   (unit 12 is not pairable)
//
// The paper reports α_nominal = 0.743.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const krippendorff2011 = A.map((_, u) => [A[u] ?? null, B[u] ?? null, C[u] ?? null, D[u] ?? null]);

describe("coincidenceMatrix", () => {
  it("reproduces the coincidence matrix of Krippendorff (2011), section C", () => {
    // Worked by hand, unit by unit, each ordered pair weighted 1/(m_u − 1):
    //   units 1, 3, 4, 5, 7, 9, 10, 11 agree fully; e.g. unit 3 (3,3,3,3)
    //     gives o_33 += 4·3 / 3 = 4.
    //   unit 2 (2,2,3,2), m = 4: o_22 += 3·2/3 = 2, o_23 = o_32 += 3/3 = 1
    //   unit 6 (1,2,3,4), m = 4: every off-diagonal pair += 1/3
    //   unit 8 (1,1,2,1), m = 4: o_11 += 2, o_12 = o_21 += 1
    // Totals (= pairable values of each kind): n_1 = 9, n_2 = 13, n_3 = 10,
    // n_4 = 5, n_5 = 3; n = 40. Matches the paper's table.
    const { values, matrix, totals, n } = coincidenceMatrix(krippendorff2011);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    matrix.forEach((row, c) => row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c]![k]!, 12)));
    expect(totals).toEqual([9, 13, 10, 5, 3]);
    expect(n).toBe(40);
  });

  it("drops units with fewer than two values", () => {
    expect(coincidenceMatrix([["a", null], [null, null], ["b"]])).toEqual({ values: [], matrix: [], totals: [], n: 0 });
  });
});

describe("krippendorffsAlpha, nominal", () => {
  it("gives 0.743 on the worked example of Krippendorff (2011)", () => {
    // Σ_{c≠k} o_ck = 2 · (4/3 + 1/3 + 1/3 + 4/3 + 1/3 + 1/3) = 8
    // Σ_{c≠k} n_c n_k = n² − Σ n_c² = 1600 − (81 + 169 + 100 + 25 + 9) = 1216
    // α = 1 − (n − 1) · 8 / 1216 = 1 − 312/1216 = 113/152 ≈ 0.7434
    const result = krippendorffsAlpha(krippendorff2011, "nominal");
    expect(result.alpha).toBeCloseTo(113 / 152, 12);
    expect(Number(result.alpha?.toFixed(3))).toBe(0.743);
    // D_o = 8/40 = 0.2; D_e = 1216 / (40 · 39)
    expect(result.n).toBe(40);
    if (result.alpha === null) throw new Error("alpha should be defined");
    expect(result.observedDisagreement).toBeCloseTo(0.2, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1216 / 1560, 12);
  });

  it("is 1 for total agreement", () => {
    // o_aa = 2, o_bb = 4 (three units × 2 ordered pairs, weight 1), nothing off the diagonal → D_o = 0
    expect(krippendorffsAlpha([["a", "a"], ["b", "b"], ["b", "b"]], "nominal").alpha).toBe(1);
  });

  it("handles two coders without missing values", () => {
    // units (a,a) (a,b) (b,b) (b,b), m = 2 so each ordered pair weighs 1:
    // o_aa = 2, o_ab = o_ba = 1, o_bb = 4; n_a = 3, n_b = 5, n = 8
    // α = 1 − (n − 1) · Σ_{c≠k} o_ck / (n² − Σ n_c²) = 1 − 7 · 2 / (64 − 9 − 25) = 1 − 14/30 = 8/15
    // (Cohen's kappa on the same data is 0.5: alpha corrects for small samples.)
    expect(krippendorffsAlpha([["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]], "nominal").alpha).toBeCloseTo(8 / 15, 12);
  });

  it("handles three coders with missing values", () => {
    // unit 1 (a,a,b), m = 3, weight 1/2: o_aa += 2·½ = 1, o_ab = o_ba += 2·½ = 1
    // unit 2 (b,b,–), m = 2: o_bb += 2
    // unit 3 (a,–,–): one value, not pairable, dropped
    // n_a = 2, n_b = 3, n = 5; α = 1 − 4 · 2 / (25 − 4 − 9) = 1 − 8/12 = 1/3
    const result = krippendorffsAlpha(
      [
        ["a", "a", "b"],
        ["b", "b", null],
        ["a", null, null],
      ],
      "nominal",
    );
    expect(result.alpha).toBeCloseTo(1 / 3, 12);
    expect(result.n).toBe(5);
  });

  it("goes below zero for systematic disagreement", () => {
    // (a,b) (b,a): o_ab = o_ba = 2, n_a = n_b = 2, n = 4
    // α = 1 − 3 · 4 / (16 − 4 − 4) = 1 − 12/8 = −0.5
    expect(krippendorffsAlpha([["a", "b"], ["b", "a"]], "nominal").alpha).toBe(-0.5);
  });

  it("is undefined when every pairable value is the same", () => {
    // n_a = 4, n = 4: Σ_{c≠k} n_c n_k = 16 − 16 = 0 → D_e = 0
    // (the lone "b" is in a unit of one value and is not pairable)
    expect(krippendorffsAlpha([["a", "a"], ["a", "a", null], [null, "b"]], "nominal")).toEqual({
      alpha: null,
      reason: "single-category",
      n: 4,
    });
  });

  it("is undefined without pairable values", () => {
    expect(krippendorffsAlpha([], "nominal")).toEqual({ alpha: null, reason: "no-pairable-values", n: 0 });
    expect(krippendorffsAlpha([["a", null], [null, "b"]], "nominal")).toEqual({ alpha: null, reason: "no-pairable-values", n: 0 });
  });
});
