"use client";

import { useEffect, useRef } from "react";

// Follows the project's cluster events (server-sent) and calls `onChange`
// for each cluster event, so an open cluster page or list refreshes when a
// colleague changes something. EventSource reconnects by itself; a refresh
// reads the whole cluster, so a missed event only delays, never corrupts.
export function useClusterLive(projectSlug: string, onChange: (event: { type: string; clusterId: string | null }) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/projects/${encodeURIComponent(projectSlug)}/clusters/events`);
    const handle = (message: MessageEvent<string>) => {
      try {
        const data = JSON.parse(message.data) as { type?: unknown; payload?: { clusterId?: unknown }; clusterId?: unknown };
        const type = typeof data.type === "string" ? data.type : message.type;
        const raw = data.payload?.clusterId ?? data.clusterId;
        if (!type.startsWith("cluster")) return;
        latest.current({ type, clusterId: typeof raw === "string" ? raw : null });
      } catch {
        // A frame that is not JSON (a comment or keep-alive) is not a change.
      }
    };
    source.addEventListener("message", handle);
    source.addEventListener("event", handle as EventListener);
    return () => source.close();
  }, [projectSlug]);
}
