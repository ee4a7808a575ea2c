import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { CompactAnnotations } from "./compact-annotations-types";
import { expandAnnotations } from "./expand-annotations";

// Per compact list (the page's prop, one object per page load) and text.
const expanded = new WeakMap<CompactAnnotations, { text: string; list: readonly AnnotationDTO[] }>();

/**
 * expandAnnotations, done once per page's list: the workspace's store and
 * the opening paint plan both start from the same prop, on the server and
 * again in the browser, and expanding 5,000 annotations twice was a
 * measurable part of the server render (a Date and an ISO string per
 * timestamp). The list is shared, so it is read-only.
 */
export function expandAnnotationsOnce(compact: CompactAnnotations, index: CodePointIndex): readonly AnnotationDTO[] {
  const known = expanded.get(compact);
  if (known && known.text === index.text) return known.list;
  const list = expandAnnotations(compact, index);
  expanded.set(compact, { text: index.text, list });
  return list;
}
