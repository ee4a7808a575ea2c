import { db } from "@/lib/db";

// Row counts a refused write must leave as they were.
export async function countProjectRows(projectId: string) {
  const [annotations, evidence, liveEvidence, claimEntities, entities, auditLogs, events, versions] = await Promise.all([
    db.annotation.count({ where: { projectId } }),
    db.evidence.count({ where: { claim: { projectId } } }),
    db.evidence.count({ where: { claim: { projectId }, deletedAt: null } }),
    db.claimEntity.count({ where: { claim: { projectId } } }),
    db.entity.count({ where: { projectId } }),
    db.auditLog.count({ where: { projectId } }),
    db.event.count({ where: { projectId } }),
    db.annotation.aggregate({ where: { projectId }, _sum: { version: true } }),
  ]);
  return { annotations, evidence, liveEvidence, claimEntities, entities, auditLogs, events, versionSum: versions._sum.version ?? 0 };
}
