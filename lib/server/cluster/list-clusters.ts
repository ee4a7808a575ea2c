import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import { listClustersQuerySchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { clusterDtoSelect } from "@/lib/server/cluster/cluster-dto-select";
import { toClusterDTO } from "@/lib/server/cluster/to-cluster-dto";
import { toClusterSummary } from "@/lib/server/cluster/to-cluster-summary";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { parseInput } from "@/lib/validations/parse-input";

// The project's clusters, newest change first: ?articleId= those with a
// member in that article, ?annotationId= the one holding that claim, ?q=
// words in the title or statement, ?deleted=true the deleted ones (to
// restore). Filters on members see only members the person may see, so a
// hidden claim cannot be found through its cluster.
export async function listClusters(access: ProjectAccess, query: unknown = {}): Promise<ClusterSummaryDTO[]> {
  if (!can(access.role, "project.view")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const filters = parseInput(listClustersQuerySchema, query, "Invalid filter.");
  const where: Prisma.ClaimClusterWhereInput = {
    projectId: access.project.id,
    deletedAt: filters.deleted === "true" ? { not: null } : null,
  };
  if (filters.q) {
    where.OR = [{ title: { contains: filters.q, mode: "insensitive" } }, { statement: { contains: filters.q, mode: "insensitive" } }];
  }
  if (filters.articleId || filters.annotationId) {
    where.members = {
      some: { annotation: { deletedAt: null, ...(filters.articleId ? { articleId: filters.articleId } : {}), ...(filters.annotationId ? { id: filters.annotationId } : {}) } },
    };
  }
  const [rows, canSee] = await Promise.all([
    db.claimCluster.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: clusterDtoSelect }),
    loadClaimVisibility(db, access),
  ]);
  const clusters = rows.map((row) => toClusterDTO(row, canSee));
  return clusters
    .filter((c) => (!filters.articleId || c.members.some((m) => m.articleId === filters.articleId)) && (!filters.annotationId || c.members.some((m) => m.annotationId === filters.annotationId)))
    .map(toClusterSummary);
}
