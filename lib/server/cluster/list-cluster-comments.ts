import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CommentDTO } from "@/lib/review/review-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { commentDtoSelect, toCommentDTO } from "@/lib/server/comment/comment-dto-select";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";

// The discussion of a cluster, oldest first, in the shape annotation comments
// have (threads one level deep; a deleted comment keeps its place).
export async function listClusterComments(access: ProjectAccess, clusterId: string): Promise<CommentDTO[]> {
  assertClusterPermission(access, "project.view");
  const cluster = await db.claimCluster.findFirst({ where: { id: clusterId, projectId: access.project.id }, select: { id: true } });
  if (!cluster) throw new AppError("NOT_FOUND", "Cluster not found.");
  const [rows, members] = await Promise.all([
    db.clusterComment.findMany({ where: { clusterId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentDtoSelect }),
    listMentionableMembers(db, access.project.id),
  ]);
  return rows.map((row) => toCommentDTO(row, members));
}
