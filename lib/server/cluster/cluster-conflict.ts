import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import type { ClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

// The 409 for a cluster write made on a version that is no longer current,
// or on a cluster in the wrong state; it carries the stored cluster (as the
// person may see it), answered as `current`, so the page can show what won.
export async function clusterConflict(
  tx: DbClient,
  target: { projectId: string; clusterId: string; seenVersion: number; expected: "live" | "deleted" },
  canSee: ClaimVisibility,
): Promise<AppError> {
  const current = await findClusterDTO(tx, target.projectId, target.clusterId, canSee);
  if (!current) return new AppError("NOT_FOUND", "Cluster not found.");
  let message: string;
  if (current.version !== target.seenVersion) {
    message = `Someone else changed this cluster (it is now at version ${current.version}; you edited version ${target.seenVersion}). Your change was not saved: look at the current version and make it again.`;
  } else if (target.expected === "live") {
    message = "This cluster has been deleted; restore it before changing it.";
  } else {
    message = "This cluster is not deleted, so there is nothing to restore.";
  }
  return new AppError("CONFLICT", message, { current });
}
