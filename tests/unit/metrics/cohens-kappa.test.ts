import { describe, expect, it } from "vitest";
import { cohensKappa } from "@/lib/metrics/cohens-kappa";

/** `count` copies of the tuple [a, b]. */
function times(count: number, a: string, b: string): Array<[string, string]> {
  return Array.from({ length: count }, () => [a, b] as [string, string]);
}

describe("cohensKappa", () => {
  it("matches the textbook 2×2 example", () => {
    // 50 items:        B yes   B no
    //        A yes       20      5     (A yes 25)
    //        A no        10     15     (A no  25)
    //                 (B yes 30, B no 20)
    // p_o = (20 + 15) / 50 = 0.7
    // p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
    // κ   = (0.7 − 0.5) / (1 − 0.5) = 0.4
    const pairs = [...times(20, "yes", "yes"), ...times(5, "yes", "no"), ...times(10, "no", "yes"), ...times(15, "no", "no")];
    const result = cohensKappa(pairs);
    expect(result.kappa).toBeCloseTo(0.4, 12);
    expect(result).toMatchObject({ observed: 0.7, expected: 0.5, n: 50 });
  });

  it("is 1 for total agreement over several categories", () => {
    // p_o = 1; p_e = (1·1 + 2·2) / 3² = 5/9; κ = (1 − 5/9) / (1 − 5/9) = 1
    const result = cohensKappa([["true", "true"], ["false", "false"], ["false", "false"]]);
    expect(result.kappa).toBe(1);
    expect(result.expected).toBeCloseTo(5 / 9, 12);
  });

  it("is −1 for systematic disagreement with balanced marginals", () => {
    // p_o = 0; p_e = (1·1 + 1·1) / 4 = 1/2; κ = (0 − 1/2) / (1/2) = −1
    expect(cohensKappa([["a", "b"], ["b", "a"]]).kappa).toBe(-1);
  });

  it("handles three categories", () => {
    // items: (s,s) (q,q) (s,q) (p,p); agree = 3, n = 4
    // A: s 2, q 1, p 1; B: s 1, q 2, p 1 → Σ a_k b_k = 2 + 2 + 1 = 5
    // κ = (n·agree − Σ) / (n² − Σ) = (12 − 5) / (16 − 5) = 7/11
    const result = cohensKappa([["s", "s"], ["q", "q"], ["s", "q"], ["p", "p"]]);
    expect(result.kappa).toBeCloseTo(7 / 11, 12);
    // p_o = 3/4, p_e = 5/16; (3/4 − 5/16) / (11/16) = (7/16) / (11/16) = 7/11
    expect(result).toMatchObject({ observed: 3 / 4, expected: 5 / 16 });
  });

  it("is undefined when both coders used one and the same category throughout", () => {
    // p_o = 1, p_e = (3·3) / 3² = 1 → κ = 0/0
    expect(cohensKappa([["false", "false"], ["false", "false"], ["false", "false"]])).toEqual({
      kappa: null,
      reason: "single-category",
      observed: 1,
      expected: 1,
      n: 3,
    });
  });

  it("is 0, not undefined, when only one coder sticks to one category", () => {
    // A: false ×4; B: false, false, true, true
    // p_o = 2/4; p_e = (4·2 + 0·2) / 16 = 1/2; κ = (1/2 − 1/2) / (1/2) = 0
    const result = cohensKappa([["false", "false"], ["false", "false"], ["false", "true"], ["false", "true"]]);
    expect(result).toEqual({ kappa: 0, observed: 0.5, expected: 0.5, n: 4 });
  });

  it("is undefined without items", () => {
    expect(cohensKappa([])).toEqual({ kappa: null, reason: "no-items", observed: null, expected: null, n: 0 });
  });

  it("takes numbers as labels too", () => {
    // (1,1) (2,1): p_o = 1/2; A: 1 ×1, 2 ×1; B: 1 ×2 → Σ = 1·2 = 2
    // κ = (2·1 − 2) / (4 − 2) = 0
    expect(cohensKappa([[1, 1], [2, 1]]).kappa).toBe(0);
  });
});
