import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";

/**
 * The live (not deleted) annotations placed on one revision of an article,
 * in reading order, each with `hasVerdict`: a claim whose status label has a
 * rating (a verdict, which a change of its words must flag for review).
 *
 * With `lock`, their rows are locked first (FOR NO KEY UPDATE, in id order)
 * and read after, so the rows a correction re-anchors are exactly the ones
 * it then writes: an edit or delete in flight is waited for and seen, and one
 * that comes later waits for the correction and then fails its version
 * check. NO KEY UPDATE does not block the foreign-key checks (FOR KEY SHARE)
 * of an edit that links a claim to a mention, so that edit cannot deadlock
 * with the correction while it holds its own annotation's row.
 */
export async function findRevisionAnnotations(
  tx: DbClient,
  projectId: string,
  articleId: string,
  revision: number,
  options: { lock: boolean },
) {
  const where = { projectId, articleId, revision, deletedAt: null };
  if (options.lock) {
    await tx.$queryRaw`
      SELECT id FROM "Annotation"
      WHERE "projectId" = ${projectId} AND "articleId" = ${articleId} AND revision = ${revision} AND "deletedAt" IS NULL
      ORDER BY id
      FOR NO KEY UPDATE`;
  }
  const rows = await tx.annotation.findMany({
    where,
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { ...annotationDtoSelect, status: { select: { rating: true } } },
  });
  return rows.map((row) => ({ ...row, hasVerdict: row.kind === "CLAIM" && row.status?.rating != null }));
}

export type RevisionAnnotationRow = Awaited<ReturnType<typeof findRevisionAnnotations>>[number];
