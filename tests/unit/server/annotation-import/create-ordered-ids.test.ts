import { describe, expect, it } from "vitest";
import { createOrderedIds } from "@/lib/server/annotation-import/create-ordered-ids";

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("createOrderedIds", () => {
  it("gives new ids that sort exactly as the originals do", () => {
    const originals = ["cmb9", "c1", "zeta", "cma0", "Abc", "c10", "c2"];
    const ids = createOrderedIds(originals);
    const sortedOriginals = [...originals].sort(byCodeUnits);
    const sortedNew = [...ids.values()].sort(byCodeUnits);
    expect(sortedNew).toEqual(sortedOriginals.map((o) => ids.get(o)));
  });

  it("makes cuid-shaped, distinct ids, also across calls", () => {
    const a = createOrderedIds(["x", "y", "x"]);
    const b = createOrderedIds(["x", "y"]);
    expect(a.size).toBe(2);
    const all = [...a.values(), ...b.values()];
    expect(new Set(all).size).toBe(4);
    for (const id of all) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
