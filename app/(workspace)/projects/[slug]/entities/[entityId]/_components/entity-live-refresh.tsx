"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";

type Props = { projectSlug: string; entityId: string; /** The last event id the page had read when it loaded its data. */ after: string };

// Coalesces a burst (a merge moves many mentions, each its own event) into one re-read.
const REFRESH_DELAY_MS = 150;

// Keeps the entity page live: follows its event stream (GET …/entities/<id>/events,
// one frame per change to the entity or to a mention or claim of it this
// person may see) and re-reads the page, which applies blind annotation again.
// EventSource reconnects by itself with Last-Event-ID.
export function EntityLiveRefresh({ projectSlug, entityId, after }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  // Only the first connection starts after it: a re-read page keeps this stream.
  const startAfter = useRef(after);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const url = `/api/projects/${encodeURIComponent(projectSlug)}/entities/${encodeURIComponent(entityId)}/events?after=${encodeURIComponent(startAfter.current)}`;
    const source = new EventSource(url);
    source.onmessage = (message: MessageEvent<string>) => {
      if (!message.lastEventId) return;
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        router.refresh();
        setStatus(`Updated with a change made at ${new Date().toLocaleTimeString()}.`);
      }, REFRESH_DELAY_MS);
    };
    return () => {
      source.close();
      if (timer !== null) clearTimeout(timer);
    };
  }, [projectSlug, entityId, router]);
  return (
    <p role="status" className="sr-only" data-testid="entity-live-status">
      {status}
    </p>
  );
}
