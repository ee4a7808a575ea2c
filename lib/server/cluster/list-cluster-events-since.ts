import { db } from "@/lib/db";
import type { LiveEvent } from "@/lib/realtime/types";
import { toLiveEvent, type EventRow } from "@/lib/realtime/to-live-event";
import { LATE_COMMIT_WINDOW_MS } from "@/lib/server/event/late-commit-window";
import { claimChangeTypes } from "@/lib/server/cluster/claim-change-cluster-event";

const PAGE = 500;

/**
 * The project's stored cluster events (every article's and the project-wide
 * ones, and the claim changes a cluster page may show) a client that saw everything up to `after` may have missed: ids above
 * it plus the last minute below it (a lower id can commit after a higher
 * one; the stream drops what it sent). In id order. Not a permission
 * boundary: the caller checked access and filters for the viewer.
 */
export async function listClusterEventsSince(projectId: string, after: string, now = new Date()): Promise<LiveEvent[]> {
  const since = new Date(now.getTime() - LATE_COMMIT_WINDOW_MS);
  const events: LiveEvent[] = [];
  let cursor: bigint | null = null;
  for (;;) {
    const rows: EventRow[] = await db.event.findMany({
      where: {
        projectId,
        OR: [{ type: { startsWith: "cluster." } }, { type: { in: Object.keys(claimChangeTypes) } }],
        AND: [{ OR: [{ id: { gt: BigInt(after) } }, { createdAt: { gte: since } }] }, ...(cursor === null ? [] : [{ id: { gt: cursor } }])],
      },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    events.push(...rows.map(toLiveEvent));
    const last = rows[rows.length - 1];
    if (rows.length < PAGE || !last) return events;
    cursor = BigInt(last.id);
  }
}
