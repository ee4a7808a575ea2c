import { isUnsaved } from "./next-sync-op";
import type { AnnotationStoreState } from "./types";

const cache = new WeakMap<AnnotationStoreState["records"], string>();

/**
 * "unsaved:failed" — how many annotations have work the server has not
 * confirmed, and how many of those failed. A string so a subscriber can
 * compare snapshots by value; cached per records object.
 */
export function selectSaveCounts(state: AnnotationStoreState): string {
  let counts = cache.get(state.records);
  if (counts === undefined) {
    let unsaved = 0;
    let failed = 0;
    for (const record of Object.values(state.records)) {
      if (isUnsaved(record)) unsaved++;
      if (record.save.status === "failed") failed++;
    }
    counts = `${unsaved}:${failed}`;
    cache.set(state.records, counts);
  }
  return counts;
}
