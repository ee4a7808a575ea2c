import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { applyPatch } from "./apply-patch";
import type { AnnotationRecord } from "./types";

const cache = new WeakMap<AnnotationRecord, AnnotationDTO>();

/**
 * The annotation as the person sees it: the confirmed (or draft) state with
 * their unconfirmed changes on top. Cached per record object, so an
 * untouched annotation keeps its identity across store updates and memoised
 * views and highlight diffs skip it.
 */
export function visibleAnnotation(record: AnnotationRecord): AnnotationDTO {
  let visible = cache.get(record);
  if (!visible) {
    visible = applyPatch(record.server ?? record.draft, record.pending);
    if (visible.id !== record.id) visible = { ...visible, id: record.id };
    cache.set(record, visible);
  }
  return visible;
}
