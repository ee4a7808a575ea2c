import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { AssignmentSettings } from "@/lib/server/assignment/update-assignment-settings";

export async function getAssignmentSettings(access: ProjectAccess): Promise<AssignmentSettings> {
  assertCan(access, "project.view");
  const { project } = access;
  return db.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { blindAnnotation: true, defaultAnnotatorsPerArticle: true },
  });
}
