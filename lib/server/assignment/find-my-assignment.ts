import { db } from "@/lib/db";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { toMyAssignment, type MyAssignment } from "@/lib/server/assignment/to-my-assignment";

// The signed-in person's assignment on an article, or null when they have none.
export async function findMyAssignment(userId: string, projectSlug: string, articleId: string): Promise<MyAssignment | null> {
  const { project } = await requireProjectAccess(userId, projectSlug);
  const row = await db.assignment.findFirst({ where: { projectId: project.id, articleId, userId }, select: { id: true } });
  return row ? toMyAssignment(db, row.id, project.blindAnnotation) : null;
}
