import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import type { DbClient } from "@/lib/server/db-client";
import { clusterDtoSelect } from "@/lib/server/cluster/cluster-dto-select";
import { toClusterDTO } from "@/lib/server/cluster/to-cluster-dto";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

const everyone: ClaimVisibility = () => true;

// The stored state of one cluster of the project, deleted or not; null when
// there is no such cluster. `canSee` leaves out members hidden from the
// person asking; without it the cluster is whole (audit snapshots, fan-out).
export async function findClusterDTO(
  tx: DbClient,
  projectId: string,
  clusterId: string,
  canSee: ClaimVisibility = everyone,
): Promise<ClusterDTO | null> {
  const row = await tx.claimCluster.findFirst({ where: { id: clusterId, projectId }, select: clusterDtoSelect });
  return row ? toClusterDTO(row, canSee) : null;
}
