import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { annotationVisibility } from "@/lib/server/assignment/annotation-visibility";

// A live claim of the project that the asker may see (blind annotation: an
// annotator's own, until their assignment on that article is submitted).
// Anything else is NOT_FOUND, so ids of hidden claims reveal nothing.
export async function findVisibleClaim(client: DbClient, access: ProjectAccess, annotationId: string) {
  const claim = await client.annotation.findFirst({
    where: { id: annotationId, projectId: access.project.id, kind: "CLAIM", deletedAt: null, article: { deletedAt: null } },
    select: {
      id: true,
      articleId: true,
      authorId: true,
      start: true,
      end: true,
      exact: true,
      claimEntities: { select: { entityId: true } },
      clusterMember: { select: { clusterId: true } },
      // For the abbreviations the article defines (lib/nlp/find-abbreviations).
      article: { select: { text: true } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  const visible = await annotationVisibility(client, { userId: access.userId, role: access.role }, access.project, claim.articleId);
  if (visible.visibility.kind === "own" && claim.authorId !== access.userId) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}
