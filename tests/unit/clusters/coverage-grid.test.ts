import { describe, expect, it } from "vitest";
import type { CoverageFact } from "@/lib/clusters/coverage-matrix";
import { moveInGrid } from "@/components/clusters/move-in-grid";
import { filterCoverageFacts, NO_COVERAGE_FILTERS, sortCoverageFacts } from "@/components/clusters/sort-coverage-facts";

function fact(id: string, outlets: number, conflict: boolean, first: string | null, texts: Array<[string, CoverageFact["cells"][number]["members"][number]["stance"]]> = []): CoverageFact {
  return {
    id,
    title: `Fact ${id}`,
    statement: `Statement ${id}`,
    statusId: null,
    cells: texts.map(([text, stance], i) => ({
      articleId: `a${i}`,
      members: [{ memberId: `${id}-m${i}`, annotationId: `${id}-n${i}`, stance, text, reviewState: "PENDING", conflicts: [] }],
    })),
    outletCount: outlets,
    conflict,
    singleOutlet: outlets === 1,
    firstAppearance: first,
  };
}

const a = fact("a", 2, false, "2026-03-05T00:00:00.000Z", [["Police raided the house on Monday", "SAME"]]);
const b = fact("b", 4, false, null, [["Ministers met in Genève", "CORROBORATES"]]);
const c = fact("c", 1, true, "2026-03-02T00:00:00.000Z", [["It happened weeks prior", "CONTRADICTS"]]);
const d = fact("d", 2, true, "2026-03-01T00:00:00.000Z");

describe("sortCoverageFacts", () => {
  it("orders by outlets reported, conflicts first, or first appearance (undated last)", () => {
    const ids = (sort: Parameters<typeof sortCoverageFacts>[1]) => sortCoverageFacts([a, b, c, d], sort).map((f) => f.id);
    // a and d both have 2 outlets; a has a member, d none, so a first.
    expect(ids("coverage")).toEqual(["b", "a", "d", "c"]);
    expect(ids("conflicts")).toEqual(["d", "c", "b", "a"]);
    expect(ids("first")).toEqual(["d", "c", "a", "b"]);
  });
});

describe("filterCoverageFacts", () => {
  const ids = (filters: Partial<typeof NO_COVERAGE_FILTERS>) => filterCoverageFacts([a, b, c, d], { ...NO_COVERAGE_FILTERS, ...filters }).map((f) => f.id);
  it("keeps conflicts only, single-outlet only, or one stance", () => {
    expect(ids({})).toEqual(["a", "b", "c", "d"]);
    expect(ids({ conflictsOnly: true })).toEqual(["c", "d"]);
    expect(ids({ singleOnly: true })).toEqual(["c"]);
    expect(ids({ stance: "CORROBORATES" })).toEqual(["b"]);
    expect(ids({ stance: "ATTRIBUTES" })).toEqual([]);
  });
  it("matches words in title, statement or members, ignoring case and accents", () => {
    expect(ids({ text: "MONDAY" })).toEqual(["a"]);
    expect(ids({ text: "geneve" })).toEqual(["b"]);
    expect(ids({ text: "statement d" })).toEqual(["d"]);
    expect(ids({ text: "  " })).toEqual(["a", "b", "c", "d"]);
  });
});

describe("moveInGrid", () => {
  it("moves one step with arrows, clamped at the edges", () => {
    expect(moveInGrid({ row: 0, col: 0 }, "ArrowRight", false, 3, 4)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, "ArrowLeft", false, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 2, col: 3 }, "ArrowDown", false, 3, 4)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 2, col: 3 }, "ArrowUp", false, 3, 4)).toEqual({ row: 1, col: 3 });
  });
  it("jumps with Home/End, Ctrl for the corners, and pages five rows", () => {
    expect(moveInGrid({ row: 1, col: 2 }, "Home", false, 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, "End", false, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, "Home", true, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 1, col: 2 }, "End", true, 3, 4)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 1, col: 2 }, "PageDown", false, 10, 4)).toEqual({ row: 6, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, "PageUp", false, 10, 4)).toEqual({ row: 0, col: 2 });
  });
  it("ignores other keys and empty grids", () => {
    expect(moveInGrid({ row: 0, col: 0 }, "Enter", false, 3, 4)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, "ArrowDown", false, 0, 4)).toBeNull();
  });
});
