import { describe, expect, it } from "vitest";
import { measureAgreement } from "@/lib/metrics/measure-agreement";
import { poolAgreement } from "@/lib/metrics/pool-agreement";
import { scoreAgreement } from "@/lib/metrics/score-agreement";
import type { AgreementKind, AgreementSpan } from "@/lib/metrics/agreement-measures";

// Article- and project-level figures from whole annotation sets. Status
// t(rue)/f(alse); claim type q(uote)/p(rediction). Every figure by hand.

function span(id: string, authorId: string, kind: AgreementKind, start: number, end: number, statusId: string | null = null, claimTypeId: string | null = null): AgreementSpan {
  return { id, authorId, kind, start, end, statusId, claimTypeId };
}

// x and y disagree on one claim's status and another's type and boundaries; z
// is an annotator who marked nothing.
const articleA = [
  span("c1", "x", "CLAIM", 0, 10, "t", "q"),
  span("c2", "x", "CLAIM", 20, 30, "f", "q"),
  span("m1", "x", "ENTITY_MENTION", 40, 45),
  span("d1", "y", "CLAIM", 0, 10, "t", "q"),
  span("d2", "y", "CLAIM", 22, 30, "t", "p"),
  span("n1", "y", "ENTITY_MENTION", 40, 44),
];
const articleB = [span("c9", "x", "CLAIM", 0, 5, "f", "p"), span("d9", "y", "CLAIM", 0, 5, "f", "p")];

const pick = <T extends { a: string; b: string }>(rows: T[], a: string, b: string, extra: (row: T) => boolean = () => true) =>
  rows.find((row) => row.a === a && row.b === b && extra(row));

describe("measureAgreement + scoreAgreement on one article", () => {
  const scores = scoreAgreement(measureAgreement(articleA, ["z", "y", "x"]));

  it("sorts coders by id so pairs are (smaller, larger), and counts each annotator's spans", () => {
    expect(scores.coders).toEqual(["x", "y", "z"]);
    expect(scores.spans.map((s) => `${s.a}/${s.b}`)).toEqual(expect.arrayContaining(["x/y", "x/z", "y/z"]));
    expect(scores.spanCounts).toEqual(expect.arrayContaining([
      { coder: "x", kind: "CLAIM", count: 2 }, { coder: "z", kind: "CLAIM", count: 0 }, { coder: "y", kind: "ENTITY_MENTION", count: 1 },
    ]));
  });

  it("claims: exact tp 1 fp 1 fn 1 (F1 1/2), overlap tp 2 (F1 1); mentions: exact F1 0, overlap F1 1", () => {
    const claimExact = pick(scores.spans, "x", "y", (s) => s.kind === "CLAIM" && s.mode === "exact")!;
    expect(claimExact).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(pick(scores.spans, "x", "y", (s) => s.kind === "CLAIM" && s.mode === "overlap")).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(pick(scores.spans, "x", "y", (s) => s.kind === "ENTITY_MENTION" && s.mode === "exact")).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(pick(scores.spans, "x", "y", (s) => s.kind === "ENTITY_MENTION" && s.mode === "overlap")).toMatchObject({ tp: 1, f1: 1 });
  });

  it("an annotator who marked nothing scores 0 against anyone who marked something", () => {
    expect(pick(scores.spans, "x", "z", (s) => s.kind === "CLAIM" && s.mode === "overlap")).toMatchObject({ tp: 0, fp: 0, fn: 2, f1: 0 });
    expect(pick(scores.kappa, "x", "z")!.result).toMatchObject({ kappa: null, reason: "no-items" });
  });

  it("kappa on matched claims: status [t,t],[f,t] and type [q,q],[q,p] are both exactly chance (0)", () => {
    // p_o = 1/2; status p_e = (1/2·1 + 1/2·0) = 1/2 → κ = 0; type likewise.
    expect(pick(scores.kappa, "x", "y", (k) => k.field === "statusId")!.result).toMatchObject({ kappa: 0, observed: 0.5, expected: 0.5, n: 2 });
    expect(pick(scores.kappa, "x", "y", (k) => k.field === "claimTypeId")!.result).toMatchObject({ kappa: 0, n: 2 });
  });

  it("alpha over everyone: units {t,t}, {f,t} → D_o = 1/2 = D_e, α = 0 (z's empty column adds nothing)", () => {
    const status = scores.alpha.find((a) => a.field === "statusId")!.result;
    expect(status).toMatchObject({ n: 4, observedDisagreement: 0.5, expectedDisagreement: 0.5 });
    expect(status.alpha).toBeCloseTo(0, 12);
  });

  it("fewer than two annotators: no pairs, alpha undefined", () => {
    const single = scoreAgreement(measureAgreement(articleA, ["x"]));
    expect(single.spans).toEqual([]);
    expect(single.kappa).toEqual([]);
    expect(single.alpha[0]!.result).toMatchObject({ alpha: null, reason: "no-pairable-values" });
  });
});

describe("poolAgreement: project figures from articles", () => {
  const pooled = scoreAgreement(poolAgreement([measureAgreement(articleA, ["x", "y", "z"]), measureAgreement(articleB, ["x", "y"])]));

  it("sums counts per pair (micro-average): claims exact tp 2 fp 1 fn 1 → F1 2/3; overlap 3/0/0 → 1", () => {
    const exact = pick(pooled.spans, "x", "y", (s) => s.kind === "CLAIM" && s.mode === "exact")!;
    expect(exact).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(exact.f1).toBeCloseTo(2 / 3, 12);
    expect(pick(pooled.spans, "x", "y", (s) => s.kind === "CLAIM" && s.mode === "overlap")).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    // z only shared article A: its pair is A's alone.
    expect(pick(pooled.spans, "x", "z", (s) => s.kind === "CLAIM" && s.mode === "overlap")).toMatchObject({ tp: 0, fn: 2 });
    expect(pooled.spanCounts).toEqual(expect.arrayContaining([{ coder: "x", kind: "CLAIM", count: 3 }]));
  });

  it("concatenates kappa pairs: status [t,t],[f,t],[f,f] → p_o 2/3, p_e 4/9, κ = 2/5", () => {
    const kappa = pick(pooled.kappa, "x", "y", (k) => k.field === "statusId")!.result;
    expect(kappa.n).toBe(3);
    expect(kappa.kappa).toBeCloseTo(0.4, 12);
  });

  it("concatenates alpha units: {t,t},{f,t},{f,f} → D_o 1/3, D_e 3/5, α = 4/9", () => {
    const alpha = pooled.alpha.find((a) => a.field === "statusId")!.result;
    expect(alpha.n).toBe(6);
    expect(alpha.alpha).toBeCloseTo(4 / 9, 12);
  });
});
