import { describe, expect, it } from "vitest";
import { groupAnnotationUnits, type UnitSpan } from "@/lib/metrics/group-annotation-units";

function claim(id: string, authorId: string, start: number, end: number, statusId: string | null, claimTypeId: string | null = null): UnitSpan {
  return { id, authorId, kind: "CLAIM", start, end, statusId, claimTypeId, entityId: null, entityTypeId: null };
}
function mention(id: string, authorId: string, start: number, end: number, entityId: string | null): UnitSpan {
  return { id, authorId, kind: "ENTITY_MENTION", start, end, statusId: null, claimTypeId: null, entityId, entityTypeId: "person" };
}

describe("groupAnnotationUnits", () => {
  const spans = [
    claim("c1", "x", 0, 10, "t"), claim("d1", "y", 0, 10, "t"), claim("e1", "z", 0, 10, "t"),
    claim("c2", "x", 20, 30, "t"), claim("d2", "y", 22, 30, "t"),
    mention("m1", "x", 40, 45, "E1"), mention("n1", "y", 40, 45, "E2"), mention("o1", "z", 40, 45, "E1"),
    claim("c3", "x", 50, 60, "t", "q"), claim("d3", "y", 50, 60, "t", "p"), claim("e3", "z", 50, 60, "t", "q"),
    mention("m4", "x", 70, 75, "E1"), claim("d4", "y", 70, 75, "t"),
    claim("w1", "outsider", 0, 10, "f"),
  ];
  const units = groupAnnotationUnits(spans, ["x", "y", "z"]);

  it("aligns same-kind overlapping spans, one per coder, in text order; other authors are ignored", () => {
    expect(units.map((u) => u.spans.map((s) => s?.id ?? null))).toEqual([
      ["c1", "d1", "e1"],
      ["c2", "d2", null],
      ["m1", "n1", "o1"],
      ["c3", "d3", "e3"],
      // Same range, different kinds: never one unit; ties go by id.
      [null, "d4", null],
      ["m4", null, null],
    ]);
  });

  it("says how each unit differs", () => {
    expect(units.map((u) => u.differences)).toEqual([[], ["missing", "boundaries"], ["labels"], ["labels"], ["missing"], ["missing"]]);
  });

  it("gives each unit a key from its sorted ids and the hull of its spans", () => {
    expect(units[1]).toMatchObject({ key: "c2+d2", kind: "CLAIM", start: 20, end: 30 });
    expect(units[0]!.key).toBe("c1+d1+e1");
  });

  it("with one coder every unit is an agreement (nothing to compare)", () => {
    expect(groupAnnotationUnits(spans, ["x"]).every((u) => u.differences.length === 0)).toBe(true);
  });
});
