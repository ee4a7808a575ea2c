"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import {
  cachedEntity,
  entityCacheRevision,
  isInitialListingDone,
  loadInitialEntities,
  subscribeEntityCache,
} from "@/components/editor/panel/entity-cache";

export type EntityLookup = {
  get: (id: string) => EntityDTO | undefined;
  // False while names may still arrive: show a placeholder, not "unknown".
  settled: boolean;
};

// Names for the entities the panel shows. Fetches the project's first
// entities once when an id is not known yet.
export function useEntityLookup(projectSlug: string, ids: readonly string[]): EntityLookup {
  const revision = useSyncExternalStore(subscribeEntityCache, entityCacheRevision, () => 0);
  const missing = ids.some((id) => !cachedEntity(projectSlug, id));
  useEffect(() => {
    if (missing) loadInitialEntities(projectSlug);
  }, [missing, projectSlug]);
  // revision is a dependency so consumers re-render when names arrive.
  const get = useCallback((id: string) => (revision >= 0 ? cachedEntity(projectSlug, id) : undefined), [projectSlug, revision]);
  return { get, settled: !missing || isInitialListingDone(projectSlug) };
}
