"use client";

import { useEffect, useState } from "react";
import { apiRequest } from "@/components/api-client/api-request";
import type { SearchFacets, SearchHit, SearchResponse } from "@/lib/search/search-hit";

export type SearchFilterValues = {
  kind: string;
  status: string;
  reviewState: string;
  annotator: string;
  outlet: string;
  from: string;
  to: string;
};

export const NO_SEARCH_FILTERS: SearchFilterValues = { kind: "", status: "", reviewState: "", annotator: "", outlet: "", from: "", to: "" };

// The answer to one request (`key`: its query string).
type Answer = { key: string; hits: SearchHit[]; error: string | null };

// Waits this long after the last keystroke before asking the server.
const DEBOUNCE_MS = 120;
export const DIALOG_LIMIT = 12;

/**
 * Results for what is typed, newest request wins: a slower answer to an
 * older query is aborted, never shown over a newer one.
 */
export function useProjectSearch(projectSlug: string, query: string, filters: SearchFilterValues, enabled: boolean) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [facets, setFacets] = useState<SearchFacets | null>(null);
  const base = `/api/projects/${encodeURIComponent(projectSlug)}/search`;
  const q = query.trim();
  // A dozen is more than the dialog shows at once, and each result's
  // snippet is work for the database (ts_headline re-reads the text).
  const params = new URLSearchParams({ q, limit: String(DIALOG_LIMIT) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const key = q === "" ? "" : params.toString();

  useEffect(() => {
    if (!enabled || facets) return;
    const controller = new AbortController();
    apiRequest<SearchResponse>(`${base}?facets=1`, { signal: controller.signal })
      .then((body) => body.facets && setFacets(body.facets))
      .catch(() => undefined);
    return () => controller.abort();
  }, [base, enabled, facets]);

  useEffect(() => {
    if (!enabled || key === "") return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      apiRequest<SearchResponse>(`${base}?${key}`, { signal: controller.signal })
        .then((body) => setAnswer({ key, hits: body.hits ?? [], error: null }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ key, hits: [], error: error instanceof Error ? error.message : "Search failed." });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [base, key, enabled]);

  // Until the answer to what is typed now arrives, the last one stays shown.
  if (key === "") return { hits: [], loading: false, error: null, facets };
  return { hits: answer?.hits ?? [], loading: answer?.key !== key, error: answer?.key === key ? answer.error : null, facets };
}
