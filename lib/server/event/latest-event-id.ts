import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

/**
 * The newest event id of an article's feed (project-wide events included),
 * "0" when there is none. Read before the page loads its annotations: a
 * stream started after it misses nothing the page did not show.
 */
export async function latestEventId(access: ProjectAccess, articleId: string): Promise<string> {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const row = await db.event.findFirst({
    where: { projectId, OR: [{ articleId }, { articleId: null }] },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return row ? String(row.id) : "0";
}
