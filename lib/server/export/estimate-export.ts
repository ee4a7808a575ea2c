import type { DbClient } from "@/lib/server/db-client";
import { exportAnnotationWhere } from "@/lib/server/export/export-annotation-where";
import { exportArticleWhere } from "@/lib/server/export/export-article-where";
import type { ExportScope } from "@/lib/server/export/export-scope";

export type ExportEstimate = { articles: number; annotations: number; claims: number; mentions: number };

/**
 * What an export of `scope` will roughly hold, from counts alone (for the
 * export page, before downloading). Estimated because annotations left on an
 * older revision of an article's text are counted here but skipped by the
 * export; the manifest has the exact counts.
 */
export async function estimateExport(db: DbClient, scope: ExportScope): Promise<ExportEstimate> {
  let statusIds: string[] | null = null;
  if (scope.filters.statusKeys) {
    const labels = await db.label.findMany({
      where: { projectId: scope.projectId, kind: "VERIFICATION_STATUS", key: { in: scope.filters.statusKeys } },
      select: { id: true },
    });
    statusIds = labels.map((l) => l.id);
  }
  const where = {
    AND: [exportAnnotationWhere(scope, statusIds), { anchorState: "ANCHORED" as const, article: exportArticleWhere(scope) }],
  };
  const [articles, byKind] = await Promise.all([
    db.article.count({ where: exportArticleWhere(scope) }),
    db.annotation.groupBy({ by: ["kind"], where, _count: { _all: true } }),
  ]);
  const claims = byKind.find((k) => k.kind === "CLAIM")?._count._all ?? 0;
  const mentions = byKind.find((k) => k.kind === "ENTITY_MENTION")?._count._all ?? 0;
  return { articles, annotations: claims + mentions, claims, mentions };
}
