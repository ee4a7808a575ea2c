import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { ENTITY_SEARCH_LIMIT_MAX } from "@/lib/validations/entity";
import { searchEntitiesRequest } from "@/components/editor/panel/entity-requests";

// Entity names the panel has seen, per project. Annotations carry entity ids
// only and the API cannot yet look entities up by id, so names come from
// what was searched, picked or created here, plus one listing of the
// project's first entities. Module-level so reopening the panel (or opening
// another claim) does not fetch again.
type ProjectEntities = {
  byId: Map<string, EntityDTO>;
  initial: "idle" | "loading" | "done";
};

const projects = new Map<string, ProjectEntities>();
const listeners = new Set<() => void>();
let revision = 0;

function project(slug: string): ProjectEntities {
  let entry = projects.get(slug);
  if (!entry) {
    entry = { byId: new Map(), initial: "idle" };
    projects.set(slug, entry);
  }
  return entry;
}

function notify(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

export function rememberEntities(slug: string, entities: readonly EntityDTO[]): void {
  if (entities.length === 0) return;
  const { byId } = project(slug);
  for (const entity of entities) byId.set(entity.id, entity);
  notify();
}

export function cachedEntity(slug: string, id: string): EntityDTO | undefined {
  return projects.get(slug)?.byId.get(id);
}

export function isInitialListingDone(slug: string): boolean {
  return projects.get(slug)?.initial === "done";
}

// Once per project per page load; a failure leaves it "idle" to try again on
// the next panel, and names fall back to the id meanwhile.
export function loadInitialEntities(slug: string): void {
  const entry = project(slug);
  if (entry.initial !== "idle") return;
  entry.initial = "loading";
  searchEntitiesRequest(slug, { q: "", limit: ENTITY_SEARCH_LIMIT_MAX })
    .then((entities) => {
      entry.initial = "done";
      rememberEntities(slug, entities);
      notify();
    })
    .catch(() => {
      entry.initial = "idle";
      notify();
    });
}

export function subscribeEntityCache(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function entityCacheRevision(): number {
  return revision;
}
