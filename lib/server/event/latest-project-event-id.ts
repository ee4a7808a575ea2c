import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

/**
 * The newest event id of the whole project, "0" when there is none. A page
 * that follows project-wide changes reads it before loading what it shows,
 * and its stream starts after it: nothing in between is missed.
 */
export async function latestProjectEventId(access: ProjectAccess): Promise<string> {
  assertCan(access, "project.view");
  const row = await db.event.findFirst({ where: { projectId: access.project.id }, orderBy: { id: "desc" }, select: { id: true } });
  return row ? String(row.id) : "0";
}
