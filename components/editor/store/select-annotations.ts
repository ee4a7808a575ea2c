import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { isUnsaved } from "./next-sync-op";
import { visibleAnnotation } from "./visible-annotation";
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

const readingOrder = (a: AnnotationDTO, b: AnnotationDTO) =>
  a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The store's records as the views need them. Deleted annotations (or those
 * being deleted) are left out; one being restored is back at once. Cached
 * per records object, so every consumer of one state shares one result.
 */
export function selectAnnotations(state: AnnotationStoreState): AnnotationView {
  let view = cache.get(state.records);
  if (!view) {
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
    view = { list, byId: new Map(list.map((a) => [a.id, a])), records, unsaved, failedCount };
    cache.set(state.records, view);
  }
  return view;
}
