import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { isUnsaved } from "./next-sync-op";
import { visibleAnnotation } from "./visible-annotation";
import type { AnnotationView } from "./select-annotations";
import type { AnnotationRecord, AnnotationStoreState } from "./types";

type Records = AnnotationStoreState["records"];

// Past this many changed records a fresh build (one sort) is as cheap.
export const MAX_PATCHED = 64;

export const readingOrder = (a: AnnotationDTO, b: AnnotationDTO) =>
  a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

// Where `annotation` goes in `list` (kept in reading order): the first
// entry that sorts after it.
function insertionIndex(list: readonly AnnotationDTO[], annotation: AnnotationDTO): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (readingOrder(list[middle]!, annotation) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function removeFrom(list: AnnotationDTO[], annotation: AnnotationDTO) {
  // Binary search lands on it unless the list holds an equal-sorting twin.
  const at = insertionIndex(list, annotation) - 1;
  const index = list[at] === annotation ? at : list.indexOf(annotation);
  if (index >= 0) list.splice(index, 1);
}

/**
 * The view of `records` derived from the view of `previousRecords` by
 * touching only the records that differ (by identity): a keystroke that
 * drafts one claim among 5,000 annotations moves one entry instead of
 * rebuilding and sorting all of them. Null when too much changed to gain.
 * Gives the same result as a fresh build (tests/unit/editor/patch-annotation-view.test.ts).
 */
export function patchAnnotationView(previousRecords: Records, previous: AnnotationView, records: Records): AnnotationView | null {
  const removed: AnnotationRecord[] = [];
  const added: AnnotationRecord[] = [];
  let kept = 0;
  for (const key in records) {
    const record = records[key]!;
    const before = previousRecords[key];
    if (before === record) {
      kept++;
      continue;
    }
    if (before) removed.push(before);
    added.push(record);
    if (added.length > MAX_PATCHED) return null;
  }
  // Keys that are gone (deleted, or re-keyed to a server id).
  if (kept + removed.length < previous.records.size) {
    for (const key in previousRecords) if (!(key in records)) removed.push(previousRecords[key]!);
  }
  if (added.length === 0 && removed.length === 0) return previous;
  if (removed.length > MAX_PATCHED) return null;

  const list = previous.list.slice();
  const byId = new Map(previous.byId);
  const byRecord = new Map(previous.records);
  const unsaved = new Set(previous.unsaved);
  let failedCount = previous.failedCount;
  for (const record of removed) {
    byRecord.delete(record.id);
    unsaved.delete(record.id);
    if (record.save.status === "failed") failedCount--;
    if (record.wantDeleted) continue;
    const shown = visibleAnnotation(record);
    removeFrom(list, shown);
    if (byId.get(shown.id) === shown) byId.delete(shown.id);
  }
  for (const record of added) {
    byRecord.set(record.id, record);
    if (isUnsaved(record)) unsaved.add(record.id);
    if (record.save.status === "failed") failedCount++;
    if (record.wantDeleted) continue;
    const shown = visibleAnnotation(record);
    list.splice(insertionIndex(list, shown), 0, shown);
    byId.set(shown.id, shown);
  }
  return { list, byId, records: byRecord, unsaved, failedCount };
}
