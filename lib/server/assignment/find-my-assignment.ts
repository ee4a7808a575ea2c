import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";

// The signed-in person's assignment on an article, or null when they have none.
export async function findMyAssignment(access: ProjectAccess, articleId: string): Promise<MyAssignment | null> {
  assertCan(access, "project.view");
  const { project, userId } = access;
  const row = await db.assignment.findFirst({ where: { projectId: project.id, articleId, userId }, select: { id: true } });
  return row ? toMyAssignment(db, row.id, project.blindAnnotation) : null;
}
