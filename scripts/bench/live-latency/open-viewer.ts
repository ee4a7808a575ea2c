import { createParser } from "eventsource-parser";
import type { LiveEvent } from "@/lib/realtime/types";

export type Viewer = {
  /** Arrival time (ms, this process's clock) of each stored event, by event type + annotation + version. */
  arrivals: Map<string, number>;
  ready: Promise<void>;
  close: () => void;
};

export const arrivalKey = (event: Pick<LiveEvent, "type" | "payload">) => `${event.type} ${String(event.payload.annotationId)} v${String(event.payload.version)}`;

/** One simulated viewer: the article's event stream over HTTP with a session cookie, as a browser's EventSource reads it. */
export function openViewer(url: string, cookie: string, onArrival: () => void): Viewer {
  const controller = new AbortController();
  const arrivals = new Map<string, number>();
  let markReady!: () => void;
  let fail!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (fail = reject)));
  void (async () => {
    const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`stream refused: HTTP ${response.status}`);
    let now = Date.now();
    const parser = createParser({
      onEvent: (frame) => {
        // The roster arrives once the stream has caught up and announced itself.
        if (frame.event === "presence") markReady();
        if (frame.id === undefined) return;
        const { event } = JSON.parse(frame.data) as { event: LiveEvent };
        arrivals.set(arrivalKey(event), now);
        onArrival();
      },
    });
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      // Every frame of one chunk arrived at the same moment.
      now = Date.now();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) fail(error);
  });
  return { arrivals, ready, close: () => controller.abort() };
}
