import { describe, expect, it } from "vitest";
import { alignSpans } from "@/lib/metrics/align-spans";
import { claimLabelPairs } from "@/lib/metrics/claim-label-pairs";
import { claimLabelUnits } from "@/lib/metrics/claim-label-units";
import { cohensKappa } from "@/lib/metrics/cohens-kappa";
import { krippendorffsAlpha } from "@/lib/metrics/krippendorffs-alpha";
import { matchSpans } from "@/lib/metrics/match-spans";
import { spanPrecisionRecallF1 } from "@/lib/metrics/span-precision-recall-f1";
import type { AlphaResult, KappaResult, MetricSpan } from "@/lib/metrics/types";

// The acceptance fixtures: whole articles as several annotators marked
// them, run end to end (match → span F1; matched claims → kappa on one pair;
// aligned claims → alpha over everyone), every figure worked out by hand.
// Labels: status t(rue) / f(alse); claim type s(tatistic) / q(uote) / p(rediction).
// Kappa and alpha use the overlap-mode matching, as the agreement view does.

type Claim = MetricSpan & { statusId: string | null; claimTypeId: string | null };

function claim(id: string, start: number, end: number, statusId: string | null, claimTypeId: string | null): Claim {
  return { id, start, end, kind: "CLAIM", statusId, claimTypeId };
}

function f1s(annotators: Record<string, Claim[]>, mode: "exact" | "overlap"): Record<string, number> {
  // Every unordered pair in key order, the first of each pair as reference.
  const ids = Object.keys(annotators);
  return Object.fromEntries(
    ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [`${a}/${b}`, spanPrecisionRecallF1(annotators[a]!, annotators[b]!, mode).f1])),
  );
}

function kappa(a: Claim[], b: Claim[], field: "statusId" | "claimTypeId"): KappaResult {
  return cohensKappa(claimLabelPairs(matchSpans(a, b, "overlap").pairs, field));
}

function alpha(annotators: Record<string, Claim[]>, field: "statusId" | "claimTypeId"): AlphaResult {
  return krippendorffsAlpha(claimLabelUnits(alignSpans(annotators, "overlap"), field), "nominal");
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const key of Object.keys(expected)) expect(actual[key]).toBeCloseTo(expected[key]!, 12);
}

describe("fixture 1: total agreement", () => {
  const alice = [claim("a1", 0, 40, "t", "s"), claim("a2", 50, 90, "f", "q"), claim("a3", 100, 130, "f", "s")];
  const bob = [claim("b1", 0, 40, "t", "s"), claim("b2", 50, 90, "f", "q"), claim("b3", 100, 130, "f", "s")];

  it("span F1 is 1 in both modes", () => {
    // tp 3, fp 0, fn 0 → 6 / 6
    expectClose(f1s({ alice, bob }, "exact"), { "alice/bob": 1 });
    expectClose(f1s({ alice, bob }, "overlap"), { "alice/bob": 1 });
  });

  it("kappa is 1", () => {
    // status (t,t) (f,f) (f,f): n 3, agree 3; Σ a_k b_k = 1·1 + 2·2 = 5 → (9 − 5)/(9 − 5) = 1
    expect(kappa(alice, bob, "statusId").kappa).toBe(1);
    // type (s,s) (q,q) (s,s): Σ = 2·2 + 1·1 = 5 → 1
    expect(kappa(alice, bob, "claimTypeId").kappa).toBe(1);
  });

  it("alpha is 1", () => {
    // status: o_tt = 2, o_ff = 4, nothing off the diagonal → D_o = 0 → α = 1
    expect(alpha({ alice, bob }, "statusId").alpha).toBe(1);
    expect(alpha({ alice, bob }, "claimTypeId").alpha).toBe(1);
  });
});

describe("fixture 2: no overlap", () => {
  const alice = [claim("a1", 0, 10, "t", "s"), claim("a2", 20, 30, "f", "q")];
  const bob = [claim("b1", 40, 50, "t", "s")];

  it("span F1 is 0 in both modes", () => {
    // tp 0, fp 1, fn 2 → 0 / 3
    expectClose(f1s({ alice, bob }, "exact"), { "alice/bob": 0 });
    expectClose(f1s({ alice, bob }, "overlap"), { "alice/bob": 0 });
  });

  it("kappa is undefined: no matched claim to compare", () => {
    expect(kappa(alice, bob, "statusId")).toMatchObject({ kappa: null, reason: "no-items" });
  });

  it("alpha is undefined: every unit holds a single value", () => {
    expect(alpha({ alice, bob }, "statusId")).toEqual({ alpha: null, reason: "no-pairable-values", n: 0 });
  });
});

describe("fixture 3: partial overlap (boundary disagreements)", () => {
  const alice = [claim("a1", 0, 40, "t", "s"), claim("a2", 50, 90, "f", "q"), claim("a3", 100, 140, "t", "s")];
  const bob = [claim("b1", 0, 40, "t", "s"), claim("b2", 55, 90, "f", "s"), claim("b3", 100, 120, "f", "s"), claim("b4", 200, 220, "t", "q")];

  it("span F1: 2/7 exact, 6/7 overlap", () => {
    // exact: tp 1 (a1=b1), fn 2, fp 3 → 2·1 / (2 + 2 + 3) = 2/7
    // overlap: a2-b2 (J 35/40), a3-b3 (J 20/40) also match → tp 3, fn 0, fp 1 (b4) → 6/7
    expectClose(f1s({ alice, bob }, "exact"), { "alice/bob": 2 / 7 });
    expectClose(f1s({ alice, bob }, "overlap"), { "alice/bob": 6 / 7 });
  });

  it("kappa: 2/5 on status, 0 on type", () => {
    // status (t,t) (f,f) (t,f): n 3, agree 2; A t2 f1, B t1 f2 → Σ = 2·1 + 1·2 = 4
    // κ = (3·2 − 4) / (9 − 4) = 2/5
    expect(kappa(alice, bob, "statusId").kappa).toBeCloseTo(2 / 5, 12);
    // type (s,s) (q,s) (s,s): agree 2; A s2 q1, B s3 → Σ = 2·3 = 6 → (6 − 6) / (9 − 6) = 0
    expect(kappa(alice, bob, "claimTypeId").kappa).toBe(0);
  });

  it("alpha: 4/9 on status, 0 on type", () => {
    // units (t,t) (f,f) (t,f); b4 alone is not pairable. n_t = 3, n_f = 3, n = 6
    // Σ_{c≠k} o_ck = 2 → α = 1 − 5·2 / (36 − 9 − 9) = 1 − 10/18 = 4/9
    expect(alpha({ alice, bob }, "statusId").alpha).toBeCloseTo(4 / 9, 12);
    // units (s,s) (q,s) (s,s): n_s = 5, n_q = 1, n = 6 → α = 1 − 5·2 / (36 − 25 − 1) = 0
    expect(alpha({ alice, bob }, "claimTypeId").alpha).toBeCloseTo(0, 12);
  });
});

describe("fixture 4: a single category", () => {
  const alice = [claim("a1", 0, 10, "f", "s"), claim("a2", 20, 30, "f", "s")];
  const bob = [claim("b1", 0, 10, "f", "s"), claim("b2", 20, 30, "f", "q")];

  it("span F1 is 1", () => {
    expectClose(f1s({ alice, bob }, "exact"), { "alice/bob": 1 });
  });

  it("kappa on status is undefined (both only ever said f), and 0 on type (only alice stuck to s)", () => {
    // status: p_o = 1, p_e = (2·2) / 2² = 1 → 0/0
    expect(kappa(alice, bob, "statusId")).toEqual({ kappa: null, reason: "single-category", observed: 1, expected: 1, n: 2 });
    // type (s,s) (s,q): agree 1; A s2, B s1 q1 → Σ = 2 → (2·1 − 2) / (4 − 2) = 0
    expect(kappa(alice, bob, "claimTypeId").kappa).toBe(0);
  });

  it("alpha on status is undefined (D_e = 0), and 0 on type", () => {
    expect(alpha({ alice, bob }, "statusId")).toEqual({ alpha: null, reason: "single-category", n: 4 });
    // (s,s) (s,q): n_s = 3, n_q = 1, n = 4 → α = 1 − 3·2 / (16 − 9 − 1) = 0
    expect(alpha({ alice, bob }, "claimTypeId").alpha).toBeCloseTo(0, 12);
  });
});

describe("fixture 5: missing annotators and missing values", () => {
  // carol was assigned but marked nothing; bob left one status unset.
  const alice = [claim("a1", 0, 20, "t", "s"), claim("a2", 30, 50, "f", "q"), claim("a3", 60, 80, "f", "s"), claim("a4", 90, 100, "f", "p")];
  const bob = [claim("b1", 0, 20, "t", "s"), claim("b2", 30, 50, null, "q"), claim("b3", 60, 80, "t", "q"), claim("b4", 90, 100, "f", "p")];
  const carol: Claim[] = [];

  it("span F1: 1 between alice and bob, 0 against carol", () => {
    // alice/carol: tp 0, fp 0, fn 4 → 0 (P = 0/0 scored 0, see scoresFromCounts)
    expectClose(f1s({ alice, bob, carol }, "exact"), { "alice/bob": 1, "alice/carol": 0, "bob/carol": 0 });
  });

  it("kappa skips the pair with an unset status; against carol it is undefined", () => {
    // status (t,t) (f,–) (f,t) (f,f) → 3 pairs; agree 2; A t1 f2, B t2 f1 → Σ = 1·2 + 2·1 = 4
    // κ = (3·2 − 4) / (9 − 4) = 2/5
    expect(kappa(alice, bob, "statusId")).toMatchObject({ n: 3 });
    expect(kappa(alice, bob, "statusId").kappa).toBeCloseTo(2 / 5, 12);
    // type (s,s) (q,q) (s,q) (p,p): agree 3; A s2 q1 p1, B s1 q2 p1 → Σ = 2 + 2 + 1 = 5
    // κ = (4·3 − 5) / (16 − 5) = 7/11
    expect(kappa(alice, bob, "claimTypeId").kappa).toBeCloseTo(7 / 11, 12);
    expect(kappa(alice, carol, "statusId")).toMatchObject({ kappa: null, reason: "no-items" });
  });

  it("alpha treats carol's column and bob's unset status as missing values", () => {
    // status units (t,t,–) (f,–,–) (f,t,–) (f,f,–); the second has one value and is dropped.
    // n_t = 3, n_f = 3, n = 6, Σ_{c≠k} o_ck = 2 → α = 1 − 5·2 / (36 − 9 − 9) = 4/9
    expect(alpha({ alice, bob, carol }, "statusId").alpha).toBeCloseTo(4 / 9, 12);
    // type units (s,s,–) (q,q,–) (s,q,–) (p,p,–): n_s = 3, n_q = 3, n_p = 2, n = 8
    // α = 1 − 7·2 / (64 − 9 − 9 − 4) = 1 − 14/42 = 2/3
    expect(alpha({ alice, bob, carol }, "claimTypeId").alpha).toBeCloseTo(2 / 3, 12);
  });
});

describe("fixture 6: three annotators, nested and shifted claims", () => {
  // Each of alice and bob marks a quote inside a longer claim; carol shifts the
  // long claim by two code points and adds one of her own.
  const alice = [claim("a1", 0, 50, "t", "s"), claim("a2", 10, 20, "f", "q")];
  const bob = [claim("b1", 0, 48, "t", "s"), claim("b2", 10, 20, "t", "q")];
  const carol = [claim("c1", 2, 50, "f", "s"), claim("c2", 60, 70, "t", "s")];

  it("span F1 per pair, exact and overlap", () => {
    // exact: alice/bob share only [10,20): tp 1, fp 1, fn 1 → 1/2; carol shares no range → 0
    expectClose(f1s({ alice, bob, carol }, "exact"), { "alice/bob": 1 / 2, "alice/carol": 0, "bob/carol": 0 });
    // overlap, alice/bob: a2-b2 (J 1) then a1-b1 (J 48/50) → tp 2 → 1
    // alice/carol: a1-c1 (J 48/50) beats a2-c1 (J 10/48); a2, c2 left → tp 1, fp 1, fn 1 → 1/2
    // bob/carol: b1-c1 (J 46/50) → likewise 1/2
    expectClose(f1s({ alice, bob, carol }, "overlap"), { "alice/bob": 1, "alice/carol": 1 / 2, "bob/carol": 1 / 2 });
  });

  it("aligns the long claims into one unit of three", () => {
    // J(a2,b2) = 1 first; then the tie a1-b1 / a1-c1 at 48/50: a1-b1's overlap
    // starts at 0, a1-c1's at 2 → a1-b1, then c1 joins (no carol span yet).
    const alignment = alignSpans({ alice, bob, carol }, "overlap");
    expect(alignment.units.map((unit) => unit.map((span) => span?.id ?? null))).toEqual([
      ["a1", "b1", "c1"],
      ["a2", "b2", null],
      [null, null, "c2"],
    ]);
  });

  it("alpha over three coders: −1/3 on status, 1 on type", () => {
    // status units (t,t,f) (f,t,–) (–,–,t): the last is dropped.
    // unit 1, m = 3, weight 1/2: o_tt += 2·½ = 1, o_tf = o_ft += 2·½ = 1
    // unit 2, m = 2: o_ft = o_tf += 1
    // o_tt = 1, o_tf = o_ft = 2, o_ff = 0; n_t = 3, n_f = 2, n = 5
    // α = 1 − 4·4 / (25 − 9 − 4) = 1 − 16/12 = −1/3
    expect(alpha({ alice, bob, carol }, "statusId").alpha).toBeCloseTo(-1 / 3, 12);
    // type units (s,s,s) (q,q,–): no disagreement → 1
    expect(alpha({ alice, bob, carol }, "claimTypeId").alpha).toBe(1);
    // Cohen's kappa for alice/bob on status: (t,t) (f,t) → A t1 f1, B t2 → Σ = 2 → (2 − 2)/(4 − 2) = 0
    expect(kappa(alice, bob, "statusId").kappa).toBe(0);
  });
});
