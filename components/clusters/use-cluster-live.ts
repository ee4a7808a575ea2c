"use client";

import { useEffect, useRef } from "react";

export type ClusterLiveChange = { type: string; clusterId: string | null };

// Articles followed at most: a cluster page follows its members' articles;
// a project-wide view of hundreds of articles would open as many streams.
const MAX_STREAMS = 12;

// Follows cluster changes live through the article event streams the
// editor uses: the cluster API records every cluster change on each member
// article's stream (before and after the change), so following a cluster's
// member articles hears everything that happens to it. One change arrives
// once per article; its changeId makes it count once here.
export function useClusterLive(projectSlug: string, articleIds: readonly string[], onChange: (change: ClusterLiveChange) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const key = [...new Set(articleIds)].sort().slice(0, MAX_STREAMS).join(",");
  useEffect(() => {
    if (typeof EventSource === "undefined" || key === "") return;
    const seen = new Set<string>();
    const sources = key.split(",").map((articleId) => {
      const source = new EventSource(`/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/events`);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          const { event } = JSON.parse(message.data) as { event?: { id?: string; type?: string; payload?: { clusterId?: unknown; changeId?: unknown } } };
          const type = event?.type ?? "";
          if (!type.startsWith("cluster")) return;
          const changeId = typeof event?.payload?.changeId === "string" ? event.payload.changeId : (event?.id ?? "");
          if (seen.has(changeId)) return;
          seen.add(changeId);
          const clusterId = event?.payload?.clusterId;
          latest.current({ type, clusterId: typeof clusterId === "string" ? clusterId : null });
        } catch {
          // Not an event frame (a keep-alive): nothing changed.
        }
      };
      return source;
    });
    return () => sources.forEach((s) => s.close());
  }, [projectSlug, key]);
}
