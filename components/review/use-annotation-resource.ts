"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { apiRequest } from "@/components/api-client/api-request";
import { LIVE_EVENT, liveEventAnnotationId } from "./live-event";

export type Resource<T> = { data: T | null; error: string | null; reload: () => void };

// Loads `url` (null: nothing yet) and loads it again when a live event about
// `annotationId` arrives, so what another person did shows without a reload.
// A slow answer never overwrites a newer one.
export function useAnnotationResource<T>(url: string | null, annotationId: string): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(() => {
    if (url === null) return;
    const ticket = ++latest.current;
    apiRequest<T>(url).then(
      (body) => {
        if (ticket !== latest.current) return;
        setData(body);
        setError(null);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure instanceof Error ? failure.message : "Could not load.");
      },
    );
  }, [url]);

  useEffect(() => {
    reload();
    const onLive = (event: Event) => {
      if (liveEventAnnotationId(event) === annotationId) reload();
    };
    window.addEventListener(LIVE_EVENT, onLive);
    return () => window.removeEventListener(LIVE_EVENT, onLive);
  }, [reload, annotationId]);

  return { data, error, reload };
}
