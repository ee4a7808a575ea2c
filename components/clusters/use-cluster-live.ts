"use client";

import { useEffect, useRef } from "react";

export type ClusterLiveChange = { type: string; clusterId: string | null };

// Follows the project's cluster changes (GET …/clusters/events, one frame per
// change) and calls `onChange` for each, so a cluster page or the matrix
// re-reads itself when a colleague changes something. EventSource
// reconnects by itself with Last-Event-ID; the stream re-sends its last
// minute on reconnect, so events are deduped by id here.
export function useClusterLive(projectSlug: string, onChange: (change: ClusterLiveChange) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const seen = new Set<string>();
    const source = new EventSource(`/api/projects/${encodeURIComponent(projectSlug)}/clusters/events`);
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const { event } = JSON.parse(message.data) as { event?: { id?: string; type?: string; payload?: { clusterId?: unknown } } };
        const type = event?.type ?? "";
        if (!type.startsWith("cluster")) return;
        const id = event?.id ?? message.lastEventId;
        if (id && seen.has(id)) return;
        if (id) seen.add(id);
        const clusterId = event?.payload?.clusterId;
        latest.current({ type, clusterId: typeof clusterId === "string" ? clusterId : null });
      } catch {
        // Not an event frame (a keep-alive): nothing changed.
      }
    };
    return () => source.close();
  }, [projectSlug]);
}
