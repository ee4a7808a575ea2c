import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";

/**
 * Runs `write` (which repoints mentions or claim links from one entity to
 * another) and then treats every live annotation it touched as edited: its
 * version goes up (so an editor holding the old one gets a conflict, not a
 * silent overwrite), and it gets the usual audit row (its history shows the
 * new link) and live event (open editors of its article apply it). Deleted
 * annotations are repointed silently: nobody is looking at them, and a
 * restore brings them back with the new link. The rows are locked first, in
 * id order, so an edit in flight either lands before or sees the new version.
 */
export async function rewriteAnnotationLinks<T>(
  tx: DbClient,
  who: { projectId: string; actorId: string },
  annotationIds: readonly string[],
  write: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(annotationIds)].sort();
  if (ids.length > 0) {
    await tx.$queryRaw`SELECT id FROM "Annotation" WHERE "projectId" = ${who.projectId} AND id IN (${Prisma.join(ids)}) ORDER BY id FOR UPDATE`;
  }
  const where = { projectId: who.projectId, id: { in: ids }, deletedAt: null };
  const before = ids.length > 0 ? await tx.annotation.findMany({ where, select: annotationDtoSelect }) : [];
  const result = await write();
  if (before.length === 0) return result;
  await tx.annotation.updateMany({ where: { id: { in: before.map((a) => a.id) } }, data: { version: { increment: 1 } } });
  const after = new Map((await tx.annotation.findMany({ where, select: annotationDtoSelect })).map((row) => [row.id, toAnnotationDTO(row)]));
  for (const row of before) {
    const current = after.get(row.id);
    if (!current) continue;
    await recordAnnotationChange(tx, { projectId: who.projectId, actorId: who.actorId, action: "annotation.update", before: toAnnotationDTO(row), after: current });
  }
  return result;
}
