import type { AnnotationPatch } from "./types";

/**
 * What is left of `pending` once the server confirmed `sent`: fields the
 * person changed again while the request was in flight stay pending. Edits
 * replace values (lists included) rather than mutate them, so "unchanged
 * since sent" is plain identity.
 */
export function withoutSent(pending: AnnotationPatch, sent: AnnotationPatch): AnnotationPatch {
  const left: AnnotationPatch = { ...pending };
  for (const key of Object.keys(sent) as Array<keyof AnnotationPatch>) {
    if (Object.is(left[key], sent[key])) delete left[key];
  }
  return left;
}
