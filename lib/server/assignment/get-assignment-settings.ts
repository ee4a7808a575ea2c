import { db } from "@/lib/db";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import type { AssignmentSettings } from "@/lib/server/assignment/update-assignment-settings";

export async function getAssignmentSettings(userId: string, projectSlug: string): Promise<AssignmentSettings> {
  const { project } = await requireProjectAccess(userId, projectSlug);
  return db.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { blindAnnotation: true, defaultAnnotatorsPerArticle: true },
  });
}
