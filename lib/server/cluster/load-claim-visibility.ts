import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { isBlinded } from "@/lib/workflow/is-blinded";

export type ClaimVisibility = (claim: { articleId: string; authorId: string }) => boolean;

// Which claims the person may see, across all articles at once (a cluster
// spans many): blind annotation hides a colleague's claim from an annotator
// until they have submitted their own assignment on its article — the rule
// of annotationVisibility, loaded with one query instead of one per article.
export async function loadClaimVisibility(tx: DbClient, access: ProjectAccess): Promise<ClaimVisibility> {
  if (!isBlinded({ blindAnnotation: access.project.blindAnnotation, role: access.role, submitted: false })) return () => true;
  const submitted = await tx.assignment.findMany({
    where: { userId: access.userId, status: "SUBMITTED", projectId: access.project.id },
    select: { articleId: true },
  });
  const open = new Set(submitted.map((row) => row.articleId));
  return (claim) => claim.authorId === access.userId || open.has(claim.articleId);
}
