import type { LiveEvent } from "@/lib/realtime/types";
import { streamProjectEvents } from "@/lib/server/event/stream-project-events";
import { listClusterEventsSince } from "@/lib/server/cluster/list-cluster-events-since";
import { toProjectClusterEvent } from "@/lib/server/cluster/to-project-cluster-event";
import { claimChangeClusterEvent } from "@/lib/server/cluster/claim-change-cluster-event";

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
 * restored` ({ clusterId, changeId }). Catch-up and deduping by id are
 * streamProjectEvents'; one change is stored once per member article, so
 * frames are also deduped by changeId here.
 */
export function streamClusterEvents({ projectId, userId, after, signal, stillAllowed }: ClusterStreamOptions): ReadableStream<Uint8Array> {
  const changes = new Set<string>();
  return streamProjectEvents({
    userId,
    after,
    signal,
    stillAllowed,
    listSince: (cursor) => listClusterEventsSince(projectId, cursor),
    tell: (events: readonly LiveEvent[]) =>
      Promise.all(events.map(async (stored) => toProjectClusterEvent(stored, projectId) ?? (await claimChangeClusterEvent(stored, projectId)))),
    admit: (event) => {
      const changeId = String(event.payload.changeId);
      if (changes.has(changeId)) return false;
      changes.add(changeId);
      if (changes.size > CHANGES_REMEMBERED) changes.delete(changes.values().next().value as string);
      return true;
    },
  });
}
