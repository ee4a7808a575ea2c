import type { DbClient } from "@/lib/server/db-client";
import { isBlinded } from "@/lib/workflow/is-blinded";

// For the live event stream (lib/server/event/filter-events-for-viewer.ts):
// may `viewerId` be told about an annotation by `authorId` on this article?
// The same rule as annotationVisibility, as a yes/no per author. Non-members
// get false. Cheap enough per event: two indexed lookups, and none when the
// project is not blind or the author is the viewer.
export async function canViewerSeeAuthorOnArticle(
  client: DbClient,
  input: { viewerId: string; projectId: string; articleId: string; authorId: string | null },
): Promise<boolean> {
  const membership = await client.membership.findUnique({
    where: { projectId_userId: { projectId: input.projectId, userId: input.viewerId } },
    select: { role: true, project: { select: { blindAnnotation: true } } },
  });
  if (!membership) return false;
  if (input.authorId === input.viewerId) return true;
  const blind = { blindAnnotation: membership.project.blindAnnotation, role: membership.role };
  if (!isBlinded({ ...blind, submitted: false })) return true;
  const submitted = await client.assignment.count({
    where: { articleId: input.articleId, userId: input.viewerId, status: "SUBMITTED" },
  });
  return !isBlinded({ ...blind, submitted: submitted > 0 });
}
