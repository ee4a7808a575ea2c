"use client";

import { useEffect } from "react";

/**
 * Tells the article's other viewers which annotation this person has
 * selected, through the stream's connection id (announced again after a
 * reconnect). A lost announcement only leaves a stale mark until the next
 * one, so failures are ignored.
 */
export function useAnnounceSelection(options: { projectSlug: string; articleId: string; connectionId: string | null; selectedAnnotationId: string | null }) {
  const { projectSlug, articleId, connectionId, selectedAnnotationId } = options;
  useEffect(() => {
    if (!connectionId) return;
    const timer = setTimeout(() => {
      void fetch(`/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ connectionId, selectedAnnotationId }),
      }).catch(() => undefined);
    }, 150);
    return () => clearTimeout(timer);
  }, [projectSlug, articleId, connectionId, selectedAnnotationId]);
}
