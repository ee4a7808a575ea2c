import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { createClusterSchema } from "@/lib/validations/cluster";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";
import { lockCluster } from "@/lib/server/cluster/lock-cluster";
import { attachClusterMember } from "@/lib/server/cluster/attach-cluster-member";
import { findClusterDTO } from "@/lib/server/cluster/find-cluster-dto";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { emitClusterEvents } from "@/lib/server/cluster/emit-cluster-events";
import { clusterArticleIds } from "@/lib/server/cluster/cluster-article-ids";
import { transaction } from "@/lib/db/transaction";

// A new cluster, with the claims it starts from. Each member goes in as if
// added on its own (same checks, audit rows and events); one refused claim
// (hidden, not a claim, already in another cluster) refuses the whole cluster.
export async function createCluster(access: ProjectAccess, input: unknown): Promise<ClusterDTO> {
  assertClusterPermission(access, "annotations.create");
  const values = parseInput(createClusterSchema, input, "Invalid cluster.");
  const projectId = access.project.id;
  const actorId = access.userId;

  return transaction(async (tx) => {
    const canSee = await loadClaimVisibility(tx, access);
    const row = await tx.claimCluster.create({
      data: { projectId, title: values.title, statement: values.statement, createdById: actorId },
      select: { id: true },
    });
    await writeAuditLog(tx, {
      projectId,
      actorId,
      action: "cluster.create",
      entityType: "ClaimCluster",
      entityId: row.id,
      after: await findClusterDTO(tx, projectId, row.id),
    });
    const cluster = await lockCluster(tx, projectId, row.id);
    for (const member of values.members) {
      await attachClusterMember(tx, { projectId, actorId, canSee, cluster, annotationId: member.annotationId, stance: member.stance, note: "", move: false });
    }
    // Announced to the articles of its first members (or project-wide when it has none).
    await emitClusterEvents(tx, { projectId, actorId, type: "cluster.created", clusterId: row.id, clusterVersion: 1, articleIds: await clusterArticleIds(tx, row.id) });
    const created = await findClusterDTO(tx, projectId, row.id, canSee);
    if (!created) throw new Error(`Cluster ${row.id} vanished inside the transaction that created it.`);
    return created;
  });
}
