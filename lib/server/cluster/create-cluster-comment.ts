import { AppError } from "@/lib/errors/app-error";
import type { CommentDTO } from "@/lib/review/review-dto";
import { createCommentSchema } from "@/lib/validations/comment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { commentExcerpt } from "@/lib/server/comment/comment-excerpt";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";
import { resolveMentions } from "@/lib/server/comment/resolve-mentions";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { recordClusterChange } from "@/lib/server/cluster/record-cluster-change";
import { transaction } from "@/lib/db/transaction";

// A comment on a cluster as a whole, or a reply (threads one level deep, as
// on annotations). @mentioned members get a MENTION in their inbox, the
// replied-to author a REPLY; both name the cluster in their payload.
export async function createClusterComment(access: ProjectAccess, clusterId: string, input: unknown): Promise<CommentDTO> {
  assertClusterPermission(access, "comments.create");
  const { body, parentId } = parseInput(createCommentSchema, input, "Invalid comment.");
  const projectId = access.project.id;
  const actorId = access.userId;

  return transaction(async (tx) => {
    const cluster = await lockCluster(tx, projectId, clusterId);
    if (cluster.deletedAt) throw new AppError("CONFLICT", "This cluster has been deleted; restore it before commenting.");
    let threadId: string | null = null;
    let repliedToAuthorId: string | null = null;
    if (parentId) {
      const parent = await tx.clusterComment.findFirst({ where: { id: parentId, clusterId }, select: { parentId: true, authorId: true, deletedAt: true } });
      if (!parent) throw new AppError("BAD_REQUEST", "parentId is not a comment on this cluster.");
      if (parent.deletedAt) throw new AppError("BAD_REQUEST", "That comment has been deleted; reply to the thread instead.");
      threadId = parent.parentId ?? parentId;
      repliedToAuthorId = parent.authorId;
    }
    const mentions = await resolveMentions(tx, projectId, body);
    const row = await tx.clusterComment.create({ data: { clusterId, authorId: actorId, parentId: threadId, body, mentions }, select: commentDtoSelect });
    await recordClusterChange(tx, {
      projectId,
      actorId,
      action: "cluster.comment.create",
      clusterId,
      clusterVersion: cluster.version,
      entityType: "ClusterComment",
      entityId: row.id,
      before: null,
      after: { clusterId, body, parentId: threadId, mentions },
      articleIds: await clusterArticleIds(tx, clusterId),
    });
    const payload = { commentId: row.id, excerpt: commentExcerpt(body), clusterId, clusterTitle: cluster.title };
    const recipients = [
      ...mentions.map((userId) => ({ userId, kind: "MENTION" as const })),
      ...(repliedToAuthorId && !mentions.includes(repliedToAuthorId) ? [{ userId: repliedToAuthorId, kind: "REPLY" as const }] : []),
    ].filter((r) => r.userId !== actorId);
    if (recipients.length > 0) {
      await tx.notification.createMany({ data: recipients.map((r) => ({ ...r, actorId, projectId, payload })) });
    }
    return toCommentDTO(row, await listMentionableMembers(tx, projectId));
  });
}
