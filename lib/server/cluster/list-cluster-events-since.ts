import type { LiveEvent } from "@/lib/realtime/types";
import { listProjectEventsSince } from "@/lib/server/event/list-project-events-since";
import { claimChangeTypes } from "@/lib/server/cluster/claim-change-cluster-event";

/**
 * The project's stored cluster events (every article's and the project-wide
 * ones, and the claim changes a cluster page may show) a client that saw
 * everything up to `after` may have missed (see listProjectEventsSince). Not
 * a permission boundary: the caller checked access and filters for the viewer.
 */
export function listClusterEventsSince(projectId: string, after: string, now = new Date()): Promise<LiveEvent[]> {
  return listProjectEventsSince(projectId, { OR: [{ type: { startsWith: "cluster." } }, { type: { in: Object.keys(claimChangeTypes) } }] }, after, now);
}
