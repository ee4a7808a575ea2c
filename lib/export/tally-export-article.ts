import type { ExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import type { ExportArticle, ExportCounts } from "./types";

/**
 * `counts` plus one article, for the manifest: the caller tallies each
 * article as it streams it (starting from `emptyExportCounts`), by the same rule the serializers export by.
 */
export function tallyExportArticle(counts: ExportCounts, article: ExportArticle, lookup: ExportLookup): ExportCounts {
  const exported = exportableAnnotations(article);
  const claims = exported.filter((a) => a.kind === "CLAIM");
  return {
    articles: counts.articles + 1,
    annotations: counts.annotations + exported.length,
    claims: counts.claims + claims.length,
    mentions: counts.mentions + exported.length - claims.length,
    verdicts: counts.verdicts + claims.filter((a) => (lookup.label(a.statusId)?.rating ?? null) !== null).length,
    skipped: counts.skipped + article.annotations.length - exported.length,
  };
}
