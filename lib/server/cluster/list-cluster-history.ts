import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertClusterPermission } from "@/lib/server/cluster/assert-cluster-permission";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

export type ClusterHistoryEntryDTO = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string } | null;
  createdAt: string;
  before: unknown;
  after: unknown;
};

type Snapshot = { annotationId?: unknown; articleId?: unknown; clusterId?: unknown };

function snapshotOf(value: unknown): Snapshot {
  return typeof value === "object" && value !== null ? (value as Snapshot) : {};
}

// The audit trail of a cluster, newest first: the cluster's own rows and
// those of its memberships (including members since moved away or removed)
// and comments. Rows about a claim the person may not see are left out.
export async function listClusterHistory(access: ProjectAccess, clusterId: string): Promise<ClusterHistoryEntryDTO[]> {
  assertClusterPermission(access, "project.view");
  const projectId = access.project.id;
  const cluster = await db.claimCluster.findFirst({ where: { id: clusterId, projectId }, select: { id: true } });
  if (!cluster) throw new AppError("NOT_FOUND", "Cluster not found.");
  const rows = await db.auditLog.findMany({
    where: {
      projectId,
      OR: [
        { entityType: "ClaimCluster", entityId: clusterId },
        { entityType: { in: ["ClaimClusterMember", "ClusterComment"] }, OR: [{ before: { path: ["clusterId"], equals: clusterId } }, { after: { path: ["clusterId"], equals: clusterId } }] },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, entityType: true, entityId: true, actorId: true, before: true, after: true, createdAt: true },
  });
  const canSee = await loadClaimVisibility(db, access);
  const annotationIds = [...new Set(rows.flatMap((r) => [snapshotOf(r.before).annotationId, snapshotOf(r.after).annotationId]).filter((id): id is string => typeof id === "string"))];
  const authors = await db.annotation.findMany({ where: { id: { in: annotationIds }, projectId }, select: { id: true, articleId: true, authorId: true } });
  const visible = new Set(authors.filter((a) => canSee(a)).map((a) => a.id));
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  return rows
    .filter((row) => {
      const id = snapshotOf(row.after).annotationId ?? snapshotOf(row.before).annotationId;
      return row.entityType !== "ClaimClusterMember" || (typeof id === "string" && visible.has(id));
    })
    .map((row) => ({
      id: row.id.toString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: actors.find((a) => a.id === row.actorId) ?? null,
      createdAt: row.createdAt.toISOString(),
      // Whole-cluster snapshots list members; a blinded reader gets them without.
      before: row.entityType === "ClaimCluster" ? hideMembers(row.before, visible) : row.before,
      after: row.entityType === "ClaimCluster" ? hideMembers(row.after, visible) : row.after,
    }));
}

function hideMembers(snapshot: unknown, visible: ReadonlySet<string>): unknown {
  if (typeof snapshot !== "object" || snapshot === null || !("members" in snapshot) || !Array.isArray(snapshot.members)) return snapshot;
  const all = snapshot.members as Array<{ annotationId?: unknown }>;
  const members = all.filter((m) => typeof m.annotationId === "string" && visible.has(m.annotationId));
  if (members.length === all.length) return snapshot;
  // Differences and source groups were computed with the hidden members.
  return { ...snapshot, members, differences: [], independentSources: null };
}
