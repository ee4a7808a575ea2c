"use client";

import { useEffect, useRef, useState } from "react";
import { createEventDeduper } from "@/lib/realtime/create-event-deduper";
import type { PresenceEntry } from "@/lib/realtime/types";
import type { LiveMessage, LiveStatus, PresenceRoster } from "./live-message";

type Options = {
  projectSlug: string;
  articleId: string;
  /** The last event id the page's data includes (null: follow from when the stream opens). */
  after: string | null;
  onMessage: (message: LiveMessage) => void;
};

export type LiveConnection = { status: LiveStatus; connectionId: string | null; roster: PresenceEntry[] };

const backoffMs = (failures: number) => Math.min(500 * 2 ** failures, 10_000);

/**
 * The article's event stream. Reconnects by hand (not EventSource's own
 * retry) so each attempt asks for what came after the last event received
 * (`?after=`), and so it can back off, and stop while the browser is
 * offline. Every event passes a deduper: a catch-up re-sends recent ones.
 */
export function useLiveConnection({ projectSlug, articleId, after, onMessage }: Options): LiveConnection {
  const [connection, setConnection] = useState<LiveConnection>({ status: "connecting", connectionId: null, roster: [] });
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  }, [onMessage]);

  useEffect(() => {
    const deduper = createEventDeduper(after);
    const base = `/api/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}/events`;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let stopped = false;

    const drop = () => {
      source?.close();
      source = null;
      if (retry) clearTimeout(retry);
      retry = null;
    };
    const open = () => {
      drop();
      if (stopped) return;
      const from = deduper.highWater();
      const es = new EventSource(from === null ? base : `${base}?after=${encodeURIComponent(from)}`);
      source = es;
      es.addEventListener("hello", (message) => {
        failures = 0;
        const { connectionId } = JSON.parse((message as MessageEvent<string>).data) as { connectionId: string };
        setConnection((c) => ({ ...c, status: "live", connectionId }));
      });
      es.addEventListener("presence", (message) => {
        const { entries } = JSON.parse((message as MessageEvent<string>).data) as PresenceRoster;
        setConnection((c) => ({ ...c, roster: entries }));
      });
      es.onmessage = (message: MessageEvent<string>) => {
        const parsed = JSON.parse(message.data) as LiveMessage;
        if (deduper.accept(parsed.event.id)) onMessageRef.current(parsed);
      };
      es.onerror = () => {
        if (source !== es) return;
        drop();
        setConnection((c) => ({ ...c, status: "reconnecting", connectionId: null, roster: [] }));
        if (!navigator.onLine) return;
        retry = setTimeout(open, backoffMs(failures++));
      };
    };
    const offline = () => {
      drop();
      setConnection((c) => ({ ...c, status: "reconnecting", connectionId: null, roster: [] }));
    };
    const online = () => {
      failures = 0;
      open();
    };
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    open();
    return () => {
      stopped = true;
      drop();
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
  }, [projectSlug, articleId, after]);

  return connection;
}
