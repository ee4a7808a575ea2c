import { db } from "@/lib/db";
import { canEditAnnotation } from "@/lib/auth/permissions";
import type { HistoryBody, HistoryEntryDTO } from "@/lib/review/review-dto";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { diffAnnotationSnapshots } from "@/lib/server/annotation-history/diff-annotation-snapshots";

// Actions whose `after` is a state a person made and may want back.
const RESTORABLE = new Set(["annotation.create", "annotation.update", "annotation.restore", "annotation.restoreVersion"]);

function versionOf(snapshot: unknown): number | null {
  if (typeof snapshot !== "object" || snapshot === null || !("version" in snapshot)) return null;
  return typeof snapshot.version === "number" ? snapshot.version : null;
}

function isDeleted(snapshot: unknown): boolean {
  return typeof snapshot === "object" && snapshot !== null && "deletedAt" in snapshot && snapshot.deletedAt !== null;
}

// The audit trail of one annotation, newest first: who did what, when, and
// which fields changed. Anyone who can see the annotation can read it.
export async function listAnnotationHistory(access: ProjectAccess, annotationId: string): Promise<HistoryBody> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const annotation = await findVisibleAnnotation(access, userId, annotationId);
  const [rows, current] = await Promise.all([
    db.auditLog.findMany({
      where: { projectId: access.project.id, entityType: "Annotation", entityId: annotationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, action: true, actorId: true, before: true, after: true, createdAt: true },
    }),
    findAnnotationDTO(db, access.project.id, annotationId),
  ]);
  if (!current) throw new Error(`Annotation ${annotationId} vanished between two reads.`);
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const entries = rows.map((row): HistoryEntryDTO => {
    const version = versionOf(row.after);
    return {
      id: row.id.toString(),
      action: row.action,
      actor: actors.find((a) => a.id === row.actorId) ?? null,
      createdAt: row.createdAt.toISOString(),
      version,
      changes: diffAnnotationSnapshots(row.before, row.after),
      restorable: RESTORABLE.has(row.action) && !isDeleted(row.after) && version !== null && version !== current.version,
    };
  });
  return {
    entries,
    current,
    canRestore: canEditAnnotation(access.role, userId, annotation.authorId) && !annotation.deletedAt,
  };
}
