import { db } from "@/lib/db";
import type { LiveEvent } from "@/lib/realtime/types";

// Changes to a claim that a cluster page shows (its words, status, whether it
// exists) and the cluster event each becomes on the project stream.
export const claimChangeTypes: Record<string, string> = {
  "annotation.updated": "cluster.claim.updated",
  "annotation.deleted": "cluster.claim.deleted",
  "annotation.restored": "cluster.claim.restored",
};

const lookups = new WeakMap<LiveEvent, Promise<string | null>>();

/**
 * A stored annotation event as the project stream tells it, when the claim
 * is a member of a cluster: `cluster.claim.updated|deleted|restored` with
 * `{ clusterId, changeId }` only (no claim or article ids, as for every
 * cluster event there). Null for anything else. The bus hands every stream
 * the same event object, so its membership is read once per process.
 */
export async function claimChangeClusterEvent(event: LiveEvent, projectId: string): Promise<LiveEvent | null> {
  const type = claimChangeTypes[event.type];
  const annotationId = event.payload.annotationId;
  if (!type || event.projectId !== projectId || typeof annotationId !== "string") return null;
  let lookup = lookups.get(event);
  if (!lookup) {
    lookup = db.claimClusterMember
      .findUnique({ where: { annotationId }, select: { clusterId: true } })
      .then((row) => row?.clusterId ?? null);
    lookups.set(event, lookup);
  }
  const clusterId = await lookup;
  return clusterId ? { ...event, type, articleId: null, payload: { clusterId, changeId: event.id } } : null;
}
