import { db } from "@/lib/db";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";

const TTL_MS = 10_000;
const cache = new Map<string, { at: number; dto: Promise<AnnotationDTO | null> }>();

/**
 * The current state of the annotation an event names (payload.annotationId),
 * sent along with the event so fifty open editors do not each fetch it: one
 * read per event and process, shared by its streams for a few seconds. Null
 * for events about no annotation (or one that no longer exists). Not a
 * permission boundary: only called for events that passed
 * filterEventsForViewer.
 */
export function loadEventAnnotation(event: LiveEvent): Promise<AnnotationDTO | null> {
  const annotationId = event.payload.annotationId;
  if (typeof annotationId !== "string") return Promise.resolve(null);
  const now = Date.now();
  const key = `${event.id}:${annotationId}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.dto;
  for (const [k, v] of cache) if (now - v.at >= TTL_MS) cache.delete(k);
  const dto = findAnnotationDTO(db, event.projectId, annotationId).catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  cache.set(key, { at: now, dto });
  return dto;
}
