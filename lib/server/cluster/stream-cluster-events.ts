import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { createEventDeduper } from "@/lib/realtime/create-event-deduper";
import type { BusMessage, LiveEvent } from "@/lib/realtime/types";
import { listClusterEventsSince } from "@/lib/server/cluster/list-cluster-events-since";
import { toProjectClusterEvent } from "@/lib/server/cluster/to-project-cluster-event";
import { claimChangeClusterEvent } from "@/lib/server/cluster/claim-change-cluster-event";

const KEEP_ALIVE_MS = 15_000;
const CHANGES_REMEMBERED = 2000;

export type ClusterStreamOptions = {
  projectId: string;
  /** Who is watching: their access changes (bus `access` messages) make the stream check again. */
  userId: string;
  after: string;
  signal: AbortSignal;
  /** Whether they may still watch (streamAccessCheck); the stream ends when not. */
  stillAllowed: () => Promise<boolean>;
};

/**
 * The body of a project's cluster event stream (cluster pages, the coverage
 * matrix): `event: hello` first, then each cluster change once as
 * `id: <Event.id>` + `data: { event }` (event.payload: { clusterId, version,
 * changeId }), and changes to member claims as `cluster.claim.updated|deleted|
 * restored` ({ clusterId, changeId }). Same catch-up as the article streams: subscribe to the bus,
 * wait until it listens, read the table after the cursor and the late-commit
 * window, and merge both through one deduper by id (and by changeId, since
 * one change is stored once per member article).
 */
export function streamClusterEvents({ projectId, userId, after, signal, stillAllowed }: ClusterStreamOptions): ReadableStream<Uint8Array> {
  const bus = getPubSub();
  const encoder = new TextEncoder();
  const deduper = createEventDeduper(after);
  const changes = new Set<string>();
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
        console.error("cluster stream failed", error);
        close();
      };
      const sendEvents = async (events: readonly LiveEvent[]) => {
        const told = await Promise.all(events.map(async (stored) => toProjectClusterEvent(stored, projectId) ?? (await claimChangeClusterEvent(stored, projectId))));
        for (const event of told) {
          if (!event || !deduper.accept(event.id)) continue;
          const changeId = String(event.payload.changeId);
          if (changes.has(changeId)) continue;
          changes.add(changeId);
          if (changes.size > CHANGES_REMEMBERED) changes.delete(changes.values().next().value as string);
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
        chain = chain.then(async () => sendEvents(await listClusterEventsSince(projectId, deduper.highWater() ?? after))).catch(failed);
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
        .then(() => listClusterEventsSince(projectId, after))
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
