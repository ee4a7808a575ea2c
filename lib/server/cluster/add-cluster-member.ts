import { AppError } from "@/lib/errors/app-error";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { addClusterMemberSchemaFor, type AddClusterMemberValues } from "@/lib/validations/cluster";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { insertAnnotation } from "@/lib/server/annotation/insert-annotation";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { attachClusterMember } from "@/lib/server/cluster/attach-cluster-member";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { transaction } from "@/lib/db/transaction";
import { refreshArticleStatusAfterCommit } from "@/lib/server/article/refresh-article-status";

export type AddedMember = { cluster: ClusterDTO; memberId: string; annotationId: string; createdAnnotation: boolean };

// Adds an existing claim, or marks an unmarked passage as a claim (the person
// is its author; the same path as creating a claim in the editor, so span
// checks, quote context, audit row and live event are identical) and adds it,
// all in one transaction: a refused membership leaves no new claim behind.
export async function addClusterMember(access: ProjectAccess, clusterId: string, input: unknown): Promise<AddedMember> {
  assertClusterPermission(access, "annotations.create");
  const values: AddClusterMemberValues = parseInput(addClusterMemberSchemaFor(input), input, "Invalid member.");
  const projectId = access.project.id;
  const actorId = access.userId;

  const added = await transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const cluster = await lockCluster(tx, projectId, clusterId);
    if (cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before adding members.");
    let annotationId: string;
    let move = false;
    if ("passage" in values) {
      const { passage } = values;
      const article = await tx.article.findFirst({ where: { id: passage.articleId, projectId, deletedAt: null }, select: { text: true, revision: true } });
      if (!article) throw new AppError("NOT_FOUND", "Article not found.");
      const length = codePointLength(article.text);
      if (passage.end > length) {
        throw new AppError("BAD_REQUEST", `passage end (${passage.end}) is past the end of the article text (${length} characters, counted in Unicode code points).`);
      }
      const exact = sliceCodePoints(article.text, passage.start, passage.end);
      if (exact.trim() === "") throw new AppError("BAD_REQUEST", "The passage is only white space; select words to mark.");
      const claim = await insertAnnotation(tx, {
        projectId,
        userId: actorId,
        articleId: passage.articleId,
        values: { kind: "CLAIM", revision: passage.revision ?? article.revision, start: passage.start, end: passage.end, exact },
      });
      annotationId = claim.id;
    } else {
      annotationId = values.annotationId;
      move = values.move ?? false;
    }
    const memberId = await attachClusterMember(tx, { projectId, actorId, canSee, cluster, annotationId, stance: values.stance, note: values.note ?? "", move });
    const after = await findClusterDTO(tx, projectId, clusterId, canSee);
    if (!after) throw new Error(`Cluster ${clusterId} vanished inside the transaction that changed it.`);
    return { cluster: after, memberId, annotationId, createdAnnotation: "passage" in values };
  });
  // A claim marked here counts for its article's state, refreshed after the commit as for any create.
  if ("passage" in values) await refreshArticleStatusAfterCommit(values.passage.articleId);
  return added;
}
