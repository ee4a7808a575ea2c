import { describe, expect, it } from "vitest";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { annotationRecordsReducer, recordFromServer, type RecordsAction } from "@/components/editor/store/annotation-records-reducer";
import { MAX_PATCHED, patchAnnotationView } from "@/components/editor/store/patch-annotation-view";
import { buildAnnotationView, type AnnotationView } from "@/components/editor/store/select-annotations";
import type { AnnotationStoreState } from "@/components/editor/store/types";
import { annotationFixture } from "./support/annotation-fixture";

const EMPTY_HISTORY: AnnotationStoreState["history"] = { past: [], future: [] };

function stateOf(annotations: AnnotationDTO[]): AnnotationStoreState {
  return { records: Object.fromEntries(annotations.map((a) => [a.id, recordFromServer(a)])), aliases: {}, history: EMPTY_HISTORY };
}

const at = (id: string, start: number, end: number, extra: Partial<AnnotationDTO> = {}) => annotationFixture({ id, start, end, ...extra });

// Everything a consumer reads, in a form toEqual compares.
const shape = (view: AnnotationView) => ({
  list: view.list.map((a) => `${a.id}@${a.start}-${a.end}`),
  byId: [...view.byId.keys()].sort(),
  byIdHoldsListed: view.list.every((a) => view.byId.get(a.id) === a),
  records: [...view.records.keys()].sort(),
  unsaved: [...view.unsaved].sort(),
  failedCount: view.failedCount,
});

function patched(before: AnnotationStoreState, after: AnnotationStoreState): AnnotationView | null {
  return patchAnnotationView(before.records, buildAnnotationView(before), after.records);
}

describe("patchAnnotationView", () => {
  const base = stateOf([at("a", 0, 5), at("b", 10, 20), at("c", 30, 35)]);

  it("puts a drafted claim in reading order: same start, longer first", () => {
    // d starts with b and is longer, so it comes before b; e is inside b's span and after it.
    const drafted = annotationRecordsReducer(base, { type: "drafted", draft: at("d", 10, 25) });
    const withE = annotationRecordsReducer(drafted, { type: "drafted", draft: at("e", 12, 14) });
    const view = patched(base, withE)!;
    expect(shape(view).list).toEqual(["a@0-5", "d@10-25", "b@10-20", "e@12-14", "c@30-35"]);
    expect(shape(view).unsaved).toEqual(["d", "e"]);
    expect(shape(view)).toEqual(shape(buildAnnotationView(withE)));
  });

  it("follows a create's re-keying to the server id, and a delete, like a fresh build", () => {
    const drafted = annotationRecordsReducer(base, { type: "drafted", draft: at("local-1", 10, 25) });
    const created = annotationRecordsReducer(drafted, { type: "created", id: "local-1", annotation: at("srv-1", 10, 25) });
    const view = patched(drafted, created)!;
    expect(shape(view).list).toEqual(["a@0-5", "srv-1@10-25", "b@10-20", "c@30-35"]);
    expect(shape(view).records).toEqual(["a", "b", "c", "srv-1"]);
    expect(shape(view).unsaved).toEqual([]);
    const deleting = annotationRecordsReducer(created, { type: "deleteRequested", id: "b", deleted: true });
    const afterDelete = patched(created, deleting)!;
    expect(shape(afterDelete).list).toEqual(["a@0-5", "srv-1@10-25", "c@30-35"]);
    expect(shape(afterDelete).unsaved).toEqual(["b"]);
    expect(shape(afterDelete)).toEqual(shape(buildAnnotationView(deleting)));
  });

  it("counts failed saves in and out", () => {
    const failed = annotationRecordsReducer(base, { type: "failed", id: "c", error: "no", retryable: true });
    expect(patched(base, failed)!.failedCount).toBe(1);
    const retried = annotationRecordsReducer(failed, { type: "retryRequested", id: "c" });
    expect(patchAnnotationView(failed.records, buildAnnotationView(failed), retried.records)!.failedCount).toBe(0);
  });

  it("moves an edited span to its new place", () => {
    const edited = annotationRecordsReducer(base, { type: "edited", id: "a", patch: { start: 31, end: 33 } });
    expect(shape(patched(base, edited)!).list).toEqual(["b@10-20", "c@30-35", "a@31-33"]);
  });

  it("returns the previous view when nothing changed, and null past the limit", () => {
    const view = buildAnnotationView(base);
    expect(patchAnnotationView(base.records, view, { ...base.records })).toBe(view);
    const many = Array.from({ length: MAX_PATCHED + 1 }, (_, i) => at(`n${i}`, 40 + i, 45 + i));
    expect(patched(base, stateOf([...Object.values(base.records).map((r) => r.server!), ...many]))).toBeNull();
  });

  it("matches a fresh build over a seeded run of drafts, edits, deletes and creates", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let state = stateOf(Array.from({ length: 200 }, (_, i) => at(`s${i}`, Math.floor(random() * 500), 500 + i, { createdAt: `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.000Z` })));
    let view = buildAnnotationView(state);
    for (let step = 0; step < 300; step++) {
      const ids = Object.keys(state.records);
      const id = ids[Math.floor(random() * ids.length)]!;
      const start = Math.floor(random() * 600);
      const roll = random();
      const action: RecordsAction =
        roll < 0.3
          ? { type: "drafted", draft: at(`local-${step}`, start, start + 1 + Math.floor(random() * 20)) }
          : roll < 0.55
            ? { type: "edited", id, patch: { start, end: start + 3 } }
            : roll < 0.7
              ? { type: "deleteRequested", id, deleted: random() < 0.8 }
              : roll < 0.85 && id.startsWith("local-")
                ? { type: "created", id, annotation: at(`srv-${step}`, start, start + 4) }
                : { type: "failed", id, error: "x", retryable: true };
      const next = annotationRecordsReducer(state, action);
      const derived = patchAnnotationView(state.records, view, next.records) ?? buildAnnotationView(next);
      expect(shape(derived)).toEqual(shape(buildAnnotationView(next)));
      state = next;
      view = derived;
    }
  });
});
