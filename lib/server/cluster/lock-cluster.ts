import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

export type LockedCluster = { id: string; version: number; deletedAt: Date | null; createdById: string | null; statusId: string | null; title: string };

// The cluster row, locked for this transaction: member changes, verdicts and
// edits of one cluster happen one after the other, so a verdict is applied
// to exactly the members it was read with.
export async function lockCluster(tx: DbClient, projectId: string, clusterId: string): Promise<LockedCluster> {
  const rows = await tx.$queryRaw<LockedCluster[]>`
    SELECT id, version, "deletedAt", "createdById", "statusId", title FROM "ClaimCluster"
    WHERE id = ${clusterId} AND "projectId" = ${projectId}
    FOR UPDATE`;
  const cluster = rows[0];
  if (!cluster) throw new AppError("NOT_FOUND", "Cluster not found.");
  return cluster;
}
