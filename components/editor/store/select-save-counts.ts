import { selectAnnotations } from "./select-annotations";
import type { AnnotationStoreState } from "./types";

/**
 * "unsaved:failed" — how many annotations have work the server has not
 * confirmed, and how many of those failed. A string so a subscriber can
 * compare snapshots by value. Read from the view the highlights are painted
 * from (cached per records object), so a store change costs one pass over
 * the annotations, not one more for the save summary.
 */
export function selectSaveCounts(state: AnnotationStoreState): string {
  const view = selectAnnotations(state);
  return `${view.unsaved.size}:${view.failedCount}`;
}
