"use client";

import { useEffect, useState } from "react";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { searchEntitiesRequest } from "@/components/editor/panel/entity-requests";
import { rememberEntities } from "@/components/editor/panel/entity-cache";

export const ENTITY_SEARCH_DEBOUNCE_MS = 200;
const RESULT_LIMIT = 8;

export type EntitySearchState = {
  status: "idle" | "loading" | "done" | "failed";
  results: EntityDTO[];
  // What the results answer, so a stale list is never taken as current.
  query: string;
  typeId: string | null;
  error?: string;
};

// Type-ahead search of the project's entity registry: waits for a pause in
// typing, and aborts the request a newer query makes obsolete so answers
// never arrive out of order. `enabled` is false while the list is closed.
export function useEntitySearch(projectSlug: string, query: string, typeId: string | null, enabled: boolean): EntitySearchState {
  const [state, setState] = useState<EntitySearchState>({ status: "idle", results: [], query: "", typeId: null });

  useEffect(() => {
    if (!enabled) return;
    const q = query.trim();
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setState((previous) => ({ ...previous, status: "loading" }));
      searchEntitiesRequest(projectSlug, { q, typeId, limit: RESULT_LIMIT }, controller.signal)
        .then((results) => {
          rememberEntities(projectSlug, results);
          setState({ status: "done", results, query: q, typeId });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: "failed", results: [], query: q, typeId, error: error instanceof Error ? error.message : "Search failed." });
        });
    }, ENTITY_SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [projectSlug, query, typeId, enabled]);

  return state;
}
