import { describe, expect, it } from "vitest";
import { alignSpans } from "@/lib/metrics/align-spans";
import { claimLabelPairs } from "@/lib/metrics/claim-label-pairs";
import { claimLabelUnits } from "@/lib/metrics/claim-label-units";
import { matchSpans } from "@/lib/metrics/match-spans";
import type { MetricSpan, SpanAlignment } from "@/lib/metrics/types";

type Claim = MetricSpan & { statusId: string | null; claimTypeId: string | null };

function claim(id: string, start: number, end: number, statusId: string | null = null, claimTypeId: string | null = null): Claim {
  return { id, start, end, kind: "CLAIM", statusId, claimTypeId };
}

function unitIds(alignment: SpanAlignment): Array<Array<string | null>> {
  return alignment.units.map((unit) => unit.map((span) => span?.id ?? null));
}

describe("alignSpans", () => {
  it("groups spans of several annotators, one column each, an empty annotator included", () => {
    const alignment = alignSpans(
      {
        alice: [claim("a1", 0, 10), claim("a2", 20, 30)],
        bob: [claim("b1", 0, 10), claim("b2", 22, 30), claim("b3", 50, 60)],
        carol: [],
        dana: [claim("d1", 0, 10)],
      },
      "overlap",
    );
    expect(alignment.coders).toEqual(["alice", "bob", "carol", "dana"]);
    expect(unitIds(alignment)).toEqual([
      ["a1", "b1", null, "d1"],
      ["a2", "b2", null, null],
      [null, "b3", null, null],
    ]);
  });

  it("keeps at most one span per annotator in a unit", () => {
    // b1 [0,5) and b2 [5,10) both have J = 5/10 with a [0,10); b1's overlap
    // starts first, so it joins a; b2 cannot join a unit that already has bob.
    expect(unitIds(alignSpans({ alice: [claim("a", 0, 10)], bob: [claim("b1", 0, 5), claim("b2", 5, 10)] }, "overlap"))).toEqual([
      ["a", "b1"],
      [null, "b2"],
    ]);
  });

  it("links a unit through a chain of overlaps (single linkage) in overlap mode", () => {
    // J(a,b) = 2/20 (overlap [8,10)), J(b,c) = 2/22 (overlap [18,20)), a and c are disjoint:
    // a–b joins first, then c joins through b.
    const alignment = alignSpans({ a: [claim("a", 0, 10)], b: [claim("b", 8, 20)], c: [claim("c", 18, 30)] }, "overlap");
    expect(unitIds(alignment)).toEqual([["a", "b", "c"]]);
    // In exact mode nothing is shared.
    expect(unitIds(alignSpans({ a: [claim("a", 0, 10)], b: [claim("b", 8, 20)], c: [claim("c", 18, 30)] }, "exact"))).toEqual([
      ["a", null, null],
      [null, "b", null],
      [null, null, "c"],
    ]);
  });

  it("with two annotators, equals matchSpans' pairs plus its unmatched spans", () => {
    const a = [claim("a1", 0, 20), claim("a2", 5, 10), claim("a3", 40, 45)];
    const b = [claim("b1", 4, 10), claim("b2", 15, 30), claim("b3", 60, 70)];
    const matching = matchSpans(a, b, "overlap");
    const units = unitIds(alignSpans({ a, b }, "overlap"));
    expect(units.filter(([x, y]) => x && y)).toEqual(matching.pairs.map((pair) => [pair.a.id, pair.b.id]));
    expect(units.filter(([x, y]) => x && !y).map(([x]) => x)).toEqual(matching.unmatchedA.map((s) => s.id));
    expect(units.filter(([x, y]) => !x && y).map(([, y]) => y)).toEqual(matching.unmatchedB.map((s) => s.id));
  });
});

describe("claimLabelPairs", () => {
  it("reads a field off each matched pair, skipping pairs with a missing value", () => {
    const a = [claim("a1", 0, 10, "true", "stat"), claim("a2", 20, 30, "false", null), claim("a3", 40, 50, null, "quote")];
    const b = [claim("b1", 0, 10, "false", "stat"), claim("b2", 20, 30, "false", "quote"), claim("b3", 40, 50, "true", "quote")];
    const { pairs } = matchSpans(a, b, "exact");
    expect(claimLabelPairs(pairs, "statusId")).toEqual([
      ["true", "false"],
      ["false", "false"],
    ]);
    expect(claimLabelPairs(pairs, "claimTypeId")).toEqual([
      ["stat", "stat"],
      ["quote", "quote"],
    ]);
  });
});

describe("claimLabelUnits", () => {
  it("maps each unit to the coders' values, null where a coder has no claim or no value", () => {
    const alignment = alignSpans(
      {
        alice: [claim("a1", 0, 10, "true"), claim("a2", 20, 30, null)],
        bob: [claim("b1", 0, 10, "false"), claim("b2", 20, 30, "true")],
        carol: [claim("c1", 50, 60, "true")],
      },
      "exact",
    );
    expect(claimLabelUnits(alignment, "statusId")).toEqual([
      ["true", "false", null],
      [null, "true", null],
      [null, null, "true"],
    ]);
  });
});
