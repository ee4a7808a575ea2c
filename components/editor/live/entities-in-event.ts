import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent } from "@/lib/realtime/types";

const isEntity = (value: unknown): value is EntityDTO => {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === "string" &&
    typeof e.typeId === "string" &&
    typeof e.name === "string" &&
    Array.isArray(e.aliases) &&
    e.aliases.every((a) => typeof a === "string") &&
    typeof e.description === "string" &&
    (e.externalId === null || typeof e.externalId === "string") &&
    typeof e.version === "number"
  );
};

/**
 * The entities an `entity.*` event carries as they now are (created, edited,
 * deleted, merged, split, merge undone), for the editor's entity cache. Other
 * events, and anything malformed, carry none. The annotations a merge or a
 * split repointed arrive as their own `annotation.updated` events.
 */
export function entitiesInEvent(event: LiveEvent): EntityDTO[] {
  if (!event.type.startsWith("entity.")) return [];
  const list = event.payload.entities;
  return Array.isArray(list) ? list.filter(isEntity) : [];
}
