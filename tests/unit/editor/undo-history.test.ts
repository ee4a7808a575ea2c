import { describe, expect, it } from "vitest";
import { EMPTY_HISTORY, recordAction, renameInHistory, takeRedo, takeUndo } from "@/components/editor/store/undo-history";

describe("undo history", () => {
  it("undoes last-in first-out and redoes in the other direction", () => {
    let h = recordAction(EMPTY_HISTORY, { kind: "create", id: "a" });
    h = recordAction(h, { kind: "delete", id: "b" });
    const first = takeUndo(h)!;
    expect(first.entry).toEqual({ kind: "delete", id: "b" });
    const second = takeUndo(first.history)!;
    expect(second.entry).toEqual({ kind: "create", id: "a" });
    expect(takeUndo(second.history)).toBeNull();
    const redo = takeRedo(second.history)!;
    expect(redo.entry).toEqual({ kind: "create", id: "a" });
  });

  it("clears redo on a new action", () => {
    const h = takeUndo(recordAction(EMPTY_HISTORY, { kind: "create", id: "a" }))!.history;
    expect(h.future).toHaveLength(1);
    expect(recordAction(h, { kind: "create", id: "b" }).future).toEqual([]);
  });

  it("merges quick edits of the same fields into one step, keeping the first 'before'", () => {
    let h = recordAction(EMPTY_HISTORY, { kind: "edit", id: "a", before: { note: "" }, after: { note: "H" }, at: 0 });
    h = recordAction(h, { kind: "edit", id: "a", before: { note: "H" }, after: { note: "Hi" }, at: 500 });
    expect(h.past).toEqual([{ kind: "edit", id: "a", before: { note: "" }, after: { note: "Hi" }, at: 500 }]);
    // Another field, another annotation, or a pause: separate steps.
    h = recordAction(h, { kind: "edit", id: "a", before: { statusId: null }, after: { statusId: "s" }, at: 600 });
    h = recordAction(h, { kind: "edit", id: "b", before: { statusId: null }, after: { statusId: "s" }, at: 700 });
    h = recordAction(h, { kind: "edit", id: "b", before: { statusId: "s" }, after: { statusId: "t" }, at: 9000 });
    expect(h.past).toHaveLength(4);
  });

  it("follows an annotation to its server id", () => {
    const h = renameInHistory(recordAction(EMPTY_HISTORY, { kind: "create", id: "local-1" }), "local-1", "srv");
    expect(h.past).toEqual([{ kind: "create", id: "srv" }]);
  });
});
