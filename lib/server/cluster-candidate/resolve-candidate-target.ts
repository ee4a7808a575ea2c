import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import type { CandidateTarget } from "@/lib/validations/cluster-candidate";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import { findVisibleClaim } from "@/lib/server/cluster-candidate/find-visible-claim";

export type ResolvedTarget =
  | { targetAnnotationId: string; targetArticleId: null; targetStart: null; targetEnd: null }
  | { targetAnnotationId: null; targetArticleId: string; targetStart: number; targetEnd: number };

// Checks a rejection target against the project: a visible claim in another
// article, or a range inside another live article's current text. Bad
// targets are 4xx, never stored.
export async function resolveCandidateTarget(
  client: DbClient,
  access: ProjectAccess,
  claim: { id: string; articleId: string },
  target: CandidateTarget,
): Promise<ResolvedTarget> {
  if ("annotationId" in target) {
    if (target.annotationId === claim.id) throw new AppError("BAD_REQUEST", "A claim cannot be a candidate for itself.");
    const other = await findVisibleClaim(client, access, target.annotationId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("BAD_REQUEST", "annotationId is not a claim in this project.");
      throw error;
    });
    if (other.articleId === claim.articleId) throw new AppError("BAD_REQUEST", "Candidates come from other articles; that claim is in the same article.");
    return { targetAnnotationId: other.id, targetArticleId: null, targetStart: null, targetEnd: null };
  }
  const article = await client.article.findFirst({
    where: { id: target.articleId, projectId: access.project.id, deletedAt: null },
    select: { id: true, text: true },
  });
  if (!article) throw new AppError("BAD_REQUEST", "articleId is not an article in this project.");
  if (article.id === claim.articleId) throw new AppError("BAD_REQUEST", "Candidates come from other articles; that passage is in the claim's own article.");
  if (target.end > codePointLength(article.text)) throw new AppError("BAD_REQUEST", "end is past the end of the article's text.");
  return { targetAnnotationId: null, targetArticleId: article.id, targetStart: target.start, targetEnd: target.end };
}
