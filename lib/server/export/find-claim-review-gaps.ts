import { listClaimReviewGaps, type ClaimReviewGapItem } from "@/lib/export/list-claim-review-gaps";
import type { ExportOptions } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import type { AuthorizedExport } from "@/lib/server/export/authorize-export";
import { loadExportArticles } from "@/lib/server/export/load-export-articles";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";

export type ClaimReviewGapsResult = { reviews: number; incomplete: number; items: ClaimReviewGapItem[] };

/**
 * Before a ClaimReview download, the reviews it would hold that miss
 * Google's recommended properties (or run past its ~75 characters), read
 * from the same data and builder as the export: the export page lists them.
 * Takes the export's authorization, so it sees exactly what the user's
 * export would (filters, blind annotation, pseudonyms).
 */
export async function findClaimReviewGaps(
  db: DbClient,
  authorized: AuthorizedExport,
  options: Pick<ExportOptions, "includeNotes" | "publishNotes" | "pseudonymise" | "baseUrl">,
): Promise<ClaimReviewGapsResult> {
  const { scope, project } = authorized;
  const vocabulary = await loadExportVocabulary(db, project.id);
  const keys = scope.filters.statusKeys;
  const statusIds = keys ? vocabulary.labels.filter((l) => l.kind === "VERIFICATION_STATUS" && keys.includes(l.key)).map((l) => l.id) : null;
  const articles = loadExportArticles(db, {
    scope, statusIds, authors: vocabulary.authors, liveClusters: new Set(vocabulary.clusters.map((c) => c.id)),
  });
  return listClaimReviewGaps(
    { project, labels: vocabulary.labels, entities: vocabulary.entities, clusters: vocabulary.clusters, articles },
    // No clock: nothing here is dated.
    { ...options, generatedAt: "" },
  );
}
