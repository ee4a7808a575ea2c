import { describe, expect, it } from "vitest";
import { assignImportIds } from "@/lib/server/annotation-import/assign-import-ids";
import { isClaimdeskId } from "@/lib/import/annotations/is-claimdesk-id";

const free = "cmwrj38qo000w7u7dnls4qtsv";
const held = "cmwrj38zn001q7u7d54rsiq5c";

describe("isClaimdeskId", () => {
  it("takes cuids and the import's own ids, and nothing other tools make", () => {
    expect(isClaimdeskId(free)).toBe(true);
    expect(isClaimdeskId("c0mwrj39ci00000h1nyt1q9hd")).toBe(true);
    for (const other of ["42", "a1b2c3d4e5", "0b9f5a3e-4c1d-4f5e-9a7b-1c2d3e4f5a6b", "Cmwrj38qo000w7u7dnls4qtsv", `${free}x`, "cmwrj38qo000w7u7dnls4qts", null, undefined, ""]) {
      expect(isClaimdeskId(other)).toBe(false);
    }
  });
});

describe("assignImportIds", () => {
  it("keeps a free Claimdesk id, renews one a row holds, and never keeps another tool's id", () => {
    const ids = assignImportIds(
      [
        { key: "a", sourceId: free },
        { key: "b", sourceId: held },
        { key: "c", sourceId: "17" },
        { key: "d", sourceId: null },
      ],
      new Set([held]),
    );
    expect(ids.get("a")).toBe(free);
    for (const key of ["b", "c", "d"]) expect(isClaimdeskId(ids.get(key))).toBe(true);
    expect(new Set(ids.values()).size).toBe(4);
    expect(ids.get("b")).not.toBe(held);
  });

  it("gives an id to one row only: the second row of a batch with the same file id gets a new one", () => {
    const ids = assignImportIds([{ key: "first", sourceId: free }, { key: "second", sourceId: free }], new Set());
    expect(ids.get("first")).toBe(free);
    expect(ids.get("second")).not.toBe(free);
  });

  it("renews in the file's order, so rows without their ids still sort as they did", () => {
    const ids = assignImportIds([{ key: "z", sourceId: null }, { key: "m", sourceId: null }, { key: "a", sourceId: null }], new Set());
    const sorted = [...ids.entries()].sort((x, y) => (x[1] < y[1] ? -1 : 1)).map(([key]) => key);
    expect(sorted).toEqual(["a", "m", "z"]);
  });
});
