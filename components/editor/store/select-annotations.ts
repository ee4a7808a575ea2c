import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { isUnsaved } from "./next-sync-op";
import { visibleAnnotation } from "./visible-annotation";
import { patchAnnotationView, readingOrder } from "./patch-annotation-view";
import type { AnnotationRecord, AnnotationStoreState } from "./types";

export type AnnotationView = {
  /** Live annotations as the person sees them, in reading order (start, then longer first). */
  list: readonly AnnotationDTO[];
  byId: ReadonlyMap<string, AnnotationDTO>;
  records: ReadonlyMap<string, AnnotationRecord>;
  /** Ids with work the server has not confirmed. */
  unsaved: ReadonlySet<string>;
  /** How many annotations' last save failed. */
  failedCount: number;
};

const cache = new WeakMap<AnnotationStoreState["records"], AnnotationView>();
// The last view built, to derive the next one from when little changed.
let last: { records: AnnotationStoreState["records"]; view: AnnotationView } | null = null;

export function buildAnnotationView(state: Pick<AnnotationStoreState, "records">): AnnotationView {
  const list: AnnotationDTO[] = [];
  const records = new Map<string, AnnotationRecord>();
  const unsaved = new Set<string>();
  let failedCount = 0;
  for (const record of Object.values(state.records)) {
    records.set(record.id, record);
    if (isUnsaved(record)) unsaved.add(record.id);
    if (record.save.status === "failed") failedCount++;
    if (!record.wantDeleted) list.push(visibleAnnotation(record));
  }
  list.sort(readingOrder);
  return { list, byId: new Map(list.map((a) => [a.id, a])), records, unsaved, failedCount };
}

/**
 * The store's records as the views need them. Deleted annotations (or those
 * being deleted) are left out; one being restored is back at once. Cached
 * per records object, so every consumer of one state shares one result; a
 * new records object is derived from the last one when only a few records
 * changed (a keystroke's claim), else built afresh.
 */
export function selectAnnotations(state: AnnotationStoreState): AnnotationView {
  let view = cache.get(state.records);
  if (!view) {
    view = (last && patchAnnotationView(last.records, last.view, state.records)) ?? buildAnnotationView(state);
    cache.set(state.records, view);
  }
  last = { records: state.records, view };
  return view;
}
