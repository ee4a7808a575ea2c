import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { createEventDeduper } from "@/lib/realtime/create-event-deduper";
import type { BusMessage, LiveEvent } from "@/lib/realtime/types";

const KEEP_ALIVE_MS = 15_000;

export type ProjectStreamOptions = {
  /** Who is watching: their access changes (bus `access` messages) make the stream check again. */
  userId: string;
  after: string;
  signal: AbortSignal;
  /** Whether they may still watch (streamAccessCheck); the stream ends when not. */
  stillAllowed: () => Promise<boolean>;
  /** Catch-up: the stored events after a cursor (a listProjectEventsSince). */
  listSince: (after: string) => Promise<LiveEvent[]>;
  /**
   * What the viewer is told about each event, in order: the frame's event
   * (its id is the frame's id) or null to say nothing. Where the filtering
   * for this viewer happens.
   */
  tell: (events: readonly LiveEvent[]) => Promise<Array<LiveEvent | null>>;
  /** A last word on a frame that passed the id deduper (say, one change stored per article). */
  admit?: (event: LiveEvent) => boolean;
};

/**
 * The body of a project-level event stream (cluster pages and the coverage
 * matrix, entity pages): `event: hello` first, then each told event once as
 * `id: <Event.id>` + `data: { event }`. Subscribes to the bus, waits until
 * it listens, reads the table after the cursor and the late-commit window,
 * and merges both through one deduper by id. Re-checks access when the bus
 * says it changed, after a resync and with every keep-alive.
 */
export function streamProjectEvents({ userId, after, signal, stillAllowed, listSince, tell, admit }: ProjectStreamOptions): ReadableStream<Uint8Array> {
  const bus = getPubSub();
  const encoder = new TextEncoder();
  const deduper = createEventDeduper(after);
  const cleanups: Array<() => void> = [];
  let closed = false;
  let close = () => undefined as void;
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
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const failed = (error: unknown) => {
        console.error("project stream failed", error);
        close();
      };
      const sendEvents = async (events: readonly LiveEvent[]) => {
        for (const event of await tell(events)) {
          if (!event || !deduper.accept(event.id)) continue;
          if (admit && !admit(event)) continue;
          write(`id: ${event.id}\ndata: ${JSON.stringify({ event })}\n\n`);
        }
      };
      const recheck = () => {
        chain = chain
          .then(async () => {
            if (!closed && !(await stillAllowed())) close();
          })
          .catch(failed);
      };
      const catchUp = () => {
        chain = chain.then(async () => sendEvents(await listSince(deduper.highWater() ?? after))).catch(failed);
      };

      let buffered: LiveEvent[] | null = [];
      const onMessage = (message: BusMessage) => {
        if (message.kind === "access") return message.userId === userId ? recheck() : undefined;
        if (message.kind === "resync") {
          recheck();
          return catchUp();
        }
        if (message.kind !== "event") return;
        if (buffered) buffered.push(message.event);
        else chain = chain.then(() => sendEvents([message.event])).catch(failed);
      };
      cleanups.push(bus.subscribe(onMessage));
      signal.addEventListener("abort", close, { once: true });
      cleanups.push(() => signal.removeEventListener("abort", close));

      write(`retry: 2000\nevent: hello\ndata: {}\n\n`);
      chain = chain
        .then(() => bus.ready())
        .then(() => listSince(after))
        .then((missed) => {
          const live = buffered ?? [];
          buffered = null;
          return sendEvents([...missed, ...live].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)));
        })
        .catch(failed);

      const keepAlive = setInterval(() => {
        write(`: keep-alive\n\n`);
        recheck();
      }, KEEP_ALIVE_MS);
      cleanups.push(() => clearInterval(keepAlive));
      if (signal.aborted) close();
    },
    cancel() {
      close();
    },
  });
}
