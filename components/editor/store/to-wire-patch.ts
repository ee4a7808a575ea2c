import { isLocalId } from "./local-annotation-id";
import type { AnnotationPatch } from "./types";

/**
 * A patch as the API takes it: evidence rows the server has not created yet
 * are sent without an id (a local id would be refused as "not evidence of
 * this claim"), and fields left undefined are dropped.
 */
export function toWirePatch(patch: AnnotationPatch): AnnotationPatch {
  const wire: AnnotationPatch = {};
  for (const [key, value] of Object.entries(patch) as Array<[keyof AnnotationPatch, unknown]>) {
    if (value === undefined) continue;
    (wire as Record<string, unknown>)[key] = value;
  }
  if (wire.evidence) {
    wire.evidence = wire.evidence.map(({ id, ...item }) => (id === undefined || id === "" || isLocalId(id) ? item : { id, ...item }));
  }
  return wire;
}
