import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { emitClusterEvents, type ClusterEventSpec } from "@/lib/server/cluster/emit-cluster-events";
import { clusterEventTypes, type ClusterAction } from "@/lib/server/cluster/cluster-event-types";

export type ClusterChange = Omit<ClusterEventSpec, "type"> & {
  action: ClusterAction;
  // The audit row: a whole cluster or one membership, as the API shows them.
  entityType: "ClaimCluster" | "ClaimClusterMember" | "ClusterComment";
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
};

// Every cluster write leaves an audit row and its live events, in the
// transaction of the write itself.
export async function recordClusterChange(tx: DbClient, change: ClusterChange): Promise<void> {
  await writeAuditLog(tx, {
    projectId: change.projectId,
    actorId: change.actorId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before,
    after: change.after,
  });
  await emitClusterEvents(tx, { ...change, type: clusterEventTypes[change.action] });
}
