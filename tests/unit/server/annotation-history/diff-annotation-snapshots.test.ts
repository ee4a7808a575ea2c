import { describe, expect, it } from "vitest";
import { diffAnnotationSnapshots } from "@/lib/server/annotation-history/diff-annotation-snapshots";

const base = {
  id: "a1",
  version: 1,
  updatedAt: "2026-11-22T00:00:00.000Z",
  note: "first",
  statusId: "s1",
  claimTypeId: null,
  entities: [{ entityId: "e1", role: "SUBJECT", mentionId: null }],
  evidence: [
    { id: "v1", url: "https://a", title: "", stance: "SUPPORTS", note: "" },
    { id: "v2", url: "https://b", title: "", stance: "REFUTES", note: "" },
  ],
  deletedAt: null,
};

describe("diffAnnotationSnapshots", () => {
  it("lists changed content fields and ignores bookkeeping", () => {
    const after = { ...base, version: 2, updatedAt: "2026-11-22T01:00:00.000Z", note: "second", claimTypeId: "c1" };
    expect(diffAnnotationSnapshots(base, after)).toEqual([
      { field: "note", before: "first", after: "second" },
      { field: "claimTypeId", before: null, after: "c1" },
    ]);
  });

  it("an identical state, or the same objects with keys in another order, is no change", () => {
    const reordered = { ...base, entities: [{ mentionId: null, role: "SUBJECT", entityId: "e1" }] };
    expect(diffAnnotationSnapshots(base, reordered)).toEqual([]);
  });

  it("array order is content (evidence order)", () => {
    const swapped = { ...base, evidence: [base.evidence[1], base.evidence[0]] };
    expect(diffAnnotationSnapshots(base, swapped)).toEqual([{ field: "evidence", before: base.evidence, after: swapped.evidence }]);
  });

  it("a creation lists only the fields that were set", () => {
    expect(diffAnnotationSnapshots(null, base)).toEqual([
      { field: "note", before: null, after: "first" },
      { field: "statusId", before: null, after: "s1" },
      { field: "entities", before: null, after: base.entities },
      { field: "evidence", before: null, after: base.evidence },
    ]);
  });

  it("a delete shows deletedAt; a field only the earlier state had counts as removed", () => {
    const { note: _note, ...withoutNote } = base;
    const deleted = { ...withoutNote, deletedAt: "2026-11-22T02:00:00.000Z" };
    expect(diffAnnotationSnapshots(base, deleted)).toEqual([
      { field: "deletedAt", before: null, after: "2026-11-22T02:00:00.000Z" },
      { field: "note", before: "first", after: null },
    ]);
  });
});
