import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { exportAnnotationSql } from "@/lib/server/export/export-annotation-sql";
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
  const articles = await db.article.findMany({ where: exportArticleWhere(scope), select: { id: true } });
  const byKind = await db.$queryRaw<Array<{ kind: string; n: number }>>(Prisma.sql`
    SELECT a.kind::text AS kind, count(*)::int AS n FROM "Annotation" a
    WHERE a."articleId" = ANY(${articles.map((a) => a.id)}::text[]) AND a."anchorState" = 'ANCHORED' AND ${exportAnnotationSql(scope, statusIds)}
    GROUP BY a.kind`);
  const claims = byKind.find((k) => k.kind === "CLAIM")?.n ?? 0;
  const mentions = byKind.find((k) => k.kind === "ENTITY_MENTION")?.n ?? 0;
  return { articles: articles.length, annotations: claims + mentions, claims, mentions };
}
