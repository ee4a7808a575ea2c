import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";
import { isBlinded } from "@/lib/workflow/is-blinded";

export type AnnotationVisibility = { kind: "all" } | { kind: "own"; authorId: string };

// Whose annotations `userId` may see on one article: everyone's, or (blind
// project, annotator, assignment not submitted) only their own. Returns the
// Prisma filter to AND into any annotation query on that article, so lists,
// page data and counts all apply the same rule.
export async function annotationVisibility(
  client: DbClient,
  viewer: { userId: string; role: Role },
  project: { blindAnnotation: boolean },
  articleId: string,
): Promise<{ visibility: AnnotationVisibility; where: Prisma.AnnotationWhereInput }> {
  if (!isBlinded({ blindAnnotation: project.blindAnnotation, role: viewer.role, submitted: false })) {
    return { visibility: { kind: "all" }, where: {} };
  }
  const submitted = await client.assignment.count({ where: { articleId, userId: viewer.userId, status: "SUBMITTED" } });
  if (!isBlinded({ blindAnnotation: true, role: viewer.role, submitted: submitted > 0 })) {
    return { visibility: { kind: "all" }, where: {} };
  }
  return { visibility: { kind: "own", authorId: viewer.userId }, where: { authorId: viewer.userId } };
}
