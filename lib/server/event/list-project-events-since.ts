import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LiveEvent } from "@/lib/realtime/types";
import { toLiveEvent, type EventRow } from "@/lib/realtime/to-live-event";
import { LATE_COMMIT_WINDOW_MS } from "./late-commit-window";

const PAGE = 500;

/**
 * The stored events of a project that match `only` and that a client which
 * saw everything up to `after` may have missed: every id above it, plus the
 * recent ones at or below it (a lower id can commit after a higher one; the
 * stream drops those it already sent). In id order, read in pages. Not a
 * permission boundary: the caller has checked access and filters for the
 * viewer. Every stream's catch-up (article, cluster, entity) reads through it.
 */
export async function listProjectEventsSince(
  projectId: string,
  only: Prisma.EventWhereInput,
  after: string,
  now = new Date(),
): Promise<LiveEvent[]> {
  const since = new Date(now.getTime() - LATE_COMMIT_WINDOW_MS);
  const events: LiveEvent[] = [];
  let cursor: bigint | null = null;
  for (;;) {
    const rows: EventRow[] = await db.event.findMany({
      where: {
        projectId,
        AND: [only, { OR: [{ id: { gt: BigInt(after) } }, { createdAt: { gte: since } }] }, ...(cursor === null ? [] : [{ id: { gt: cursor } }])],
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
