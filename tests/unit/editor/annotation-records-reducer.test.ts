import { describe, expect, it } from "vitest";
import { annotationRecordsReducer, recordFromServer } from "@/components/editor/store/annotation-records-reducer";
import { nextSyncOp, isUnsaved } from "@/components/editor/store/next-sync-op";
import { visibleAnnotation } from "@/components/editor/store/visible-annotation";
import { toWirePatch } from "@/components/editor/store/to-wire-patch";
import { EMPTY_HISTORY } from "@/components/editor/store/undo-history";
import type { AnnotationStoreState } from "@/components/editor/store/types";
import { annotationFixture } from "./support/annotation-fixture";

const stateWith = (...annotations: ReturnType<typeof annotationFixture>[]): AnnotationStoreState => ({
  records: Object.fromEntries(annotations.map((a) => [a.id, recordFromServer(a)])),
  aliases: {},
  history: EMPTY_HISTORY,
});

describe("annotationRecordsReducer", () => {
  it("shows an edit at once and keeps it pending until confirmed", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "checked" } });
    const record = state.records.a1!;
    expect(visibleAnnotation(record).note).toBe("checked");
    expect(record.server!.note).toBe("");
    expect(nextSyncOp(record)).toBe("patch");
    expect(isUnsaved(record)).toBe(true);
  });

  it("keeps fields changed during a request pending after it is confirmed", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "a", statusId: "true" } });
    state = annotationRecordsReducer(state, { type: "sendStarted", id: "a1", sending: state.records.a1!.pending });
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "ab" } });
    expect(nextSyncOp(state.records.a1!)).toBeNull(); // one request at a time
    const saved = annotationFixture({ note: "a", statusId: "true", version: 2 });
    state = annotationRecordsReducer(state, { type: "confirmed", id: "a1", annotation: saved });
    const record = state.records.a1!;
    expect(record.pending).toEqual({ note: "ab" });
    expect(visibleAnnotation(record).note).toBe("ab");
    expect(record.save.status).toBe("saving");
    expect(nextSyncOp(record)).toBe("patch");
  });

  it("marks a failed save and keeps the edit visible", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "x" } });
    state = annotationRecordsReducer(state, { type: "sendStarted", id: "a1", sending: state.records.a1!.pending });
    state = annotationRecordsReducer(state, { type: "failed", id: "a1", error: "offline", retryable: true });
    const record = state.records.a1!;
    expect(record.save).toMatchObject({ status: "failed", error: "offline", failures: 1 });
    expect(visibleAnnotation(record).note).toBe("x");
    expect(nextSyncOp(record)).toBe("patch");
  });

  it("on a conflict shows the stored state with the person's change on top, and waits", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "mine" } });
    const theirs = annotationFixture({ statusId: "false", version: 3 });
    state = annotationRecordsReducer(state, { type: "conflicted", id: "a1", current: theirs });
    let record = state.records.a1!;
    expect(visibleAnnotation(record)).toMatchObject({ note: "mine", statusId: "false" });
    expect(nextSyncOp(record)).toBeNull();
    const applied = annotationRecordsReducer(state, { type: "conflictResolved", id: "a1", keep: "mine" });
    record = applied.records.a1!;
    expect(nextSyncOp(record)).toBe("patch");
    expect(record.server!.version).toBe(3);
    const kept = annotationRecordsReducer(state, { type: "conflictResolved", id: "a1", keep: "theirs" });
    expect(visibleAnnotation(kept.records.a1!)).toMatchObject({ note: "", statusId: "false" });
    expect(isUnsaved(kept.records.a1!)).toBe(false);
  });

  it("re-keys a created draft to its server id", () => {
    let state = stateWith();
    state = annotationRecordsReducer(state, { type: "drafted", draft: annotationFixture({ id: "local-1" }) });
    expect(nextSyncOp(state.records["local-1"]!)).toBe("create");
    state = annotationRecordsReducer(state, { type: "sendStarted", id: "local-1", sending: {} });
    state = annotationRecordsReducer(state, { type: "edited", id: "local-1", patch: { note: "typed while creating" } });
    state = annotationRecordsReducer(state, { type: "created", id: "local-1", annotation: annotationFixture({ id: "srv" }) });
    expect(Object.keys(state.records)).toEqual(["srv"]);
    expect(state.aliases).toEqual({ "local-1": "srv" });
    expect(nextSyncOp(state.records.srv!)).toBe("patch");
    // Later actions addressed to the old id reach the created annotation.
    state = annotationRecordsReducer(state, { type: "edited", id: "local-1", patch: { note: "more" } });
    expect(visibleAnnotation(state.records.srv!).note).toBe("more");
  });

  it("deletes after pending edits, restores, and needs nothing for a deleted draft", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "x" } });
    state = annotationRecordsReducer(state, { type: "deleteRequested", id: "a1", deleted: true });
    expect(nextSyncOp(state.records.a1!)).toBe("patch");
    const deleted = stateWith(annotationFixture({ deletedAt: "2026-01-02T00:00:00.000Z" }));
    const restoring = annotationRecordsReducer(deleted, { type: "deleteRequested", id: "a1", deleted: false });
    expect(nextSyncOp(restoring.records.a1!)).toBe("restore");
    let draft = annotationRecordsReducer(stateWith(), { type: "drafted", draft: annotationFixture({ id: "local-2" }) });
    draft = annotationRecordsReducer(draft, { type: "deleteRequested", id: "local-2", deleted: true });
    expect(nextSyncOp(draft.records["local-2"]!)).toBeNull();
    expect(isUnsaved(draft.records["local-2"]!)).toBe(false);
  });

  it("puts back an annotation whose delete was refused because it changed", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "deleteRequested", id: "a1", deleted: true });
    state = annotationRecordsReducer(state, { type: "deleteRefused", id: "a1", current: annotationFixture({ note: "theirs", version: 2 }) });
    expect(state.records.a1!.wantDeleted).toBe(false);
    expect(visibleAnnotation(state.records.a1!).note).toBe("theirs");
  });

  it("discards unsaved changes, and a draft entirely", () => {
    let state = stateWith(annotationFixture());
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { note: "x" } });
    state = annotationRecordsReducer(state, { type: "discarded", id: "a1" });
    expect(isUnsaved(state.records.a1!)).toBe(false);
    state = annotationRecordsReducer(state, { type: "drafted", draft: annotationFixture({ id: "local-3" }) });
    state = annotationRecordsReducer(state, { type: "discarded", id: "local-3" });
    expect(state.records["local-3"]).toBeUndefined();
  });
});

describe("visible evidence and the wire format", () => {
  it("gives unsaved evidence local ids and strips them before sending", () => {
    let state = stateWith(annotationFixture({ evidence: [{ id: "ev1", url: "https://a.example", title: "", stance: "SUPPORTS", note: "" }] }));
    const evidence = [
      { id: "ev1", url: "https://a.example", title: "A", stance: "SUPPORTS" as const, note: "" },
      { url: "https://b.example", title: "B", stance: "REFUTES" as const, note: "" },
    ];
    state = annotationRecordsReducer(state, { type: "edited", id: "a1", patch: { evidence } });
    const visible = visibleAnnotation(state.records.a1!);
    expect(visible.evidence.map((e) => e.id)).toEqual(["ev1", "local-evidence-1"]);
    const wire = toWirePatch({ evidence: visible.evidence, note: undefined });
    expect(wire).toEqual({ evidence: [evidence[0], evidence[1]] });
  });
});
