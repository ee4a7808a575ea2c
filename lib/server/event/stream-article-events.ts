import { randomUUID } from "node:crypto";
import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { getPresenceRegistry } from "@/lib/realtime/get-presence-registry";
import { createEventDeduper } from "@/lib/realtime/create-event-deduper";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/realtime/presence-timing";
import type { BusMessage, LiveEvent, PresenceEntry } from "@/lib/realtime/types";
import { filterEventsForViewer, type EventViewer } from "./filter-events-for-viewer";
import { listEventsSince } from "./list-events-since";
import { eventFrame } from "./event-frame";
import { isFrameVisibleToViewer } from "./is-frame-visible-to-viewer";

const KEEP_ALIVE_MS = 15_000;

export type ArticleStreamOptions = {
  viewer: EventViewer & { name: string };
  /** The last event id the client has; the stream sends what came after (and late commits below it). */
  after: string;
  signal: AbortSignal;
  /**
   * Whether the viewer may still watch (streamAccessCheck): asked when the bus
   * says their access changed, after a resync and with every keep-alive; the
   * stream ends when the answer is no.
   */
  stillAllowed: () => Promise<boolean>;
};

/**
 * The body of an article's server-sent event stream: stored events as
 * `id: <Event.id>` + `data: {event, annotation}` (annotation: the current
 * state of the one the event names), the article's presence roster as
 * `event: presence`, and `event: hello` with this connection's id first.
 * Subscribes to the bus before reading the Event table, then merges both
 * through one deduper, so an event committed meanwhile is sent once.
 */
export function streamArticleEvents({ viewer, after, signal, stillAllowed }: ArticleStreamOptions): ReadableStream<Uint8Array> {
  const bus = getPubSub();
  const presence = getPresenceRegistry();
  const encoder = new TextEncoder();
  const deduper = createEventDeduper(after);
  const connectionId = randomUUID();
  const me = (selectedAnnotationId: string | null): PresenceEntry => ({
    connectionId,
    projectId: viewer.projectId,
    articleId: viewer.articleId,
    userId: viewer.userId,
    name: viewer.name,
    selectedAnnotationId,
    at: Date.now(),
  });
  const cleanups: Array<() => void> = [];
  let closed = false;
  let close = () => undefined as void;
  // Sends are chained: events leave in the order they were accepted.
  let chain: Promise<void> = Promise.resolve();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      close = () => {
        if (closed) return;
        closed = true;
        for (const cleanup of cleanups.splice(0)) cleanup();
        const entry = presence.find(connectionId) ?? me(null);
        void bus.publish({ kind: "presence", entry, gone: true }).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      // A stream that cannot read the feed ends; the client reconnects and catches up.
      const failed = (error: unknown) => {
        console.error("live stream failed", error);
        close();
      };
      const sendEvents = (events: readonly LiveEvent[]) => {
        const fresh = filterEventsForViewer(viewer, events).filter((event) => deduper.accept(event.id));
        if (fresh.length === 0) return;
        const loaded = Promise.all(fresh.map(eventFrame));
        chain = chain
          .then(async () => {
            const frames = await loaded;
            frames.forEach((frame, i) => {
              if (isFrameVisibleToViewer(viewer, fresh[i]!, frame.annotation)) write(frame.text);
            });
          })
          .catch(failed);
      };
      const catchUp = () => {
        chain = chain
          .then(async () => {
            sendEvents(await listEventsSince(viewer, deduper.highWater() ?? after));
          })
          .catch(failed);
      };
      // Chained like the sends: nothing queued after a change of access is
      // written once the check has said no.
      const recheck = () => {
        chain = chain
          .then(async () => {
            if (!closed && !(await stillAllowed())) close();
          })
          .catch(failed);
      };
      const sendRoster = (roster: PresenceEntry[]) => {
        const event: LiveEvent = {
          id: "",
          projectId: viewer.projectId,
          articleId: viewer.articleId,
          type: "presence",
          actorId: null,
          payload: { entries: roster },
          createdAt: new Date().toISOString(),
        };
        for (const allowed of filterEventsForViewer(viewer, [event])) write(`event: presence\ndata: ${JSON.stringify(allowed.payload)}\n\n`);
      };

      let buffered: LiveEvent[] | null = [];
      const onMessage = (message: BusMessage) => {
        if (message.kind === "access") return message.userId === viewer.userId ? recheck() : undefined;
        if (message.kind === "resync") {
          recheck();
          return catchUp();
        }
        if (message.kind !== "event") return;
        if (buffered) buffered.push(message.event);
        else sendEvents([message.event]);
      };
      cleanups.push(bus.subscribe(onMessage));
      cleanups.push(presence.watch(viewer.articleId, sendRoster));
      signal.addEventListener("abort", close, { once: true });
      cleanups.push(() => signal.removeEventListener("abort", close));

      write(`retry: 2000\nevent: hello\ndata: ${JSON.stringify({ connectionId })}\n\n`);
      chain = chain
        .then(() => bus.ready())
        .then(() => listEventsSince(viewer, after))
        .then((missed) => {
          const live = buffered ?? [];
          buffered = null;
          sendEvents([...missed, ...live].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)));
          sendRoster(presence.roster(viewer.articleId));
          return bus.publish({ kind: "presence", entry: me(null), gone: false });
        })
        .catch(failed);

      // The periodic check also ends streams whose token expired (no event says so).
      const keepAlive = setInterval(() => {
        write(`: keep-alive\n\n`);
        recheck();
      }, KEEP_ALIVE_MS);
      const heartbeat = setInterval(() => {
        const entry = presence.find(connectionId) ?? me(null);
        void bus.publish({ kind: "presence", entry: { ...entry, at: Date.now() }, gone: false }).catch(() => undefined);
      }, PRESENCE_HEARTBEAT_MS);
      cleanups.push(() => clearInterval(keepAlive), () => clearInterval(heartbeat));
      if (signal.aborted) close();
    },
    cancel() {
      close();
    },
  });
}
