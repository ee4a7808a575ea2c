import type { Role } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

// THE BLIND-MODE SEAM for agreement. Blind annotation (Project.blindAnnotation)
// belongs to the assignment workflow; this applies the rule listAnnotations
// applies: an annotator sees colleagues' annotations on an article only after
// submitting their own assignment there. Agreement views that show annotations
// (the per-article comparison) call this; project-wide figures show only
// numbers per pair and stay open to every member. If the assignment team's
// rule changes, change it here.
export async function canSeeColleaguesWork(
  tx: DbClient,
  access: { project: { blindAnnotation: boolean }; role: Role },
  userId: string,
  articleId: string,
): Promise<boolean> {
  if (!access.project.blindAnnotation || access.role !== "ANNOTATOR") return true;
  const submitted = await tx.assignment.count({ where: { articleId, userId, status: "SUBMITTED" } });
  return submitted > 0;
}
