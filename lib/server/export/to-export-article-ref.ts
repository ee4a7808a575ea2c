import type { ExportArticleRef } from "@/lib/export/types";

type ArticleRefRow = { id: string; title: string; outlet: string; url: string | null; publishedAt: Date | null; language: string };

/** An article as exports cite it: plain values, dates as ISO 8601. */
export function toExportArticleRef(row: ArticleRefRow): ExportArticleRef {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    language: row.language,
  };
}
