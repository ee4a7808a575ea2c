import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { LOCAL_ID_PREFIX } from "./local-annotation-id";
import type { AnnotationPatch } from "./types";

/**
 * An annotation with a patch applied, as the person sees it before the
 * server confirms. Evidence the server has not stored yet gets a local id so
 * lists can key it; `toWirePatch` strips those ids again before sending.
 */
export function applyPatch(base: AnnotationDTO, patch: AnnotationPatch): AnnotationDTO {
  const keys = Object.keys(patch) as Array<keyof AnnotationPatch>;
  if (keys.length === 0) return base;
  const next: AnnotationDTO = { ...base };
  for (const key of keys) {
    const value = patch[key];
    if (value === undefined) continue;
    if (key === "evidence") {
      next.evidence = (value as NonNullable<AnnotationPatch["evidence"]>).map((item, index) => ({
        ...item,
        id: item.id ?? `${LOCAL_ID_PREFIX}evidence-${index}`,
      }));
    } else {
      (next as Record<string, unknown>)[key] = value;
    }
  }
  return next;
}
