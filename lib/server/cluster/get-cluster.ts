import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

// One cluster with its members (those the person may see), the differences
// flagged between them and the number of independent sources. A deleted
// cluster is found only when asked for (its history and restore need it).
export async function getCluster(access: ProjectAccess, clusterId: string, options: { includeDeleted?: boolean } = {}): Promise<ClusterDTO> {
  if (!can(access.role, "project.view")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const cluster = await findClusterDTO(db, access.project.id, clusterId, await loadClaimVisibility(db, access));
  if (!cluster || (cluster.deletedAt && !options.includeDeleted)) throw new AppError("NOT_FOUND", "Cluster not found.");
  return cluster;
}
