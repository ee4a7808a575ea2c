import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ANNOTATION_CHANGE_TYPES, involvesEntity, toEntityPageEvent } from "@/lib/entities/entity-page-event";
import { streamProjectEvents } from "@/lib/server/event/stream-project-events";
import { listProjectEventsSince } from "@/lib/server/event/list-project-events-since";
import { loadEventAnnotation } from "@/lib/server/event/load-event-annotation";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export type EntityStreamOptions = {
  entityId: string;
  after: string;
  signal: AbortSignal;
  /** Whether they may still watch (streamAccessCheck); the stream ends when not. */
  stillAllowed: () => Promise<boolean>;
};

/**
 * The body of an entity page's event stream: `event: hello`, then one frame
 * per change to the entity, or to a mention or claim of it that this person
 * may see (toEntityPageEvent). Which annotations involve the entity is read
 * when the stream opens and kept up to date from the events themselves, so a
 * change that unlinks one is told too. Blind annotation is loaded once, when
 * the stream opens (the page reconnects when it reloads).
 */
export async function streamEntityEvents(access: ProjectAccess, { entityId, after, signal, stillAllowed }: EntityStreamOptions): Promise<ReadableStream<Uint8Array>> {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  if (!(await db.entity.findFirst({ where: { id: entityId, projectId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "Entity not found.");
  const visible = await loadClaimVisibility(db, access);
  const involved = new Set(
    (
      await db.annotation.findMany({
        where: { projectId, OR: [{ entityId }, { claimEntities: { some: { entityId } } }] },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  return streamProjectEvents({
    userId: access.userId,
    after,
    signal,
    stillAllowed,
    listSince: (cursor) =>
      listProjectEventsSince(projectId, { OR: [{ type: { startsWith: "entity." } }, { type: { in: [...ANNOTATION_CHANGE_TYPES] } }] }, cursor),
    tell: async (all) => {
      // The bus carries every project's events.
      const events = all.map((event) => (event.projectId === projectId ? event : null));
      const annotations = await Promise.all(events.map((event) => (event && ANNOTATION_CHANGE_TYPES.includes(event.type) ? loadEventAnnotation(event) : null)));
      // In order: whether an annotation was involved depends on the changes before it.
      return events.map((event, i) => {
        const annotation = annotations[i] ?? null;
        if (event === null) return null;
        const wasInvolved = annotation !== null && involved.has(annotation.id);
        if (annotation && involvesEntity(annotation, entityId)) involved.add(annotation.id);
        else if (annotation) involved.delete(annotation.id);
        return toEntityPageEvent(event, entityId, { annotation, wasInvolved }, visible);
      });
    },
  });
}
