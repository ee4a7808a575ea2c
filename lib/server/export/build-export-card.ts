import { buildDatasetCard } from "@/lib/export/build-dataset-card";
import type { DatasetCardTally } from "@/lib/export/dataset-card-tally";
import type { ExportFormat } from "@/lib/export/export-formats";
import type { ExportCounts, ExportFilters, ExportOptions } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import { loadDatasetCardAgreement } from "@/lib/server/export/load-dataset-card-agreement";

export type BuildExportCardInput = {
  projectId: string;
  format: ExportFormat;
  fileName: string;
  options: ExportOptions;
  filters: ExportFilters;
  counts: ExportCounts;
  tally: DatasetCardTally;
};

/**
 * The dataset card (README.md) of an export that has been streamed: what the
 * stream counted, plus what only the card needs, read now: the project's
 * description and chosen license, the labels' definitions, and the
 * Agreement page's figures. Loaded only for archives and `--card`, so plain
 * downloads pay nothing for it. No permission check: like streamExport, the
 * caller has authorised the export.
 */
export async function buildExportCard(db: DbClient, input: BuildExportCardInput): Promise<string> {
  const [project, labels, agreement] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { name: true, slug: true, description: true, license: true } }),
    db.label.findMany({
      where: { projectId: input.projectId, archivedAt: null },
      select: { id: true, kind: true, key: true, name: true, rating: true, description: true },
      orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }],
    }),
    loadDatasetCardAgreement(db, input.projectId),
  ]);
  return buildDatasetCard({
    project,
    format: input.format,
    fileName: input.fileName,
    options: input.options,
    filters: input.filters,
    counts: input.counts,
    tally: input.tally,
    labels,
    agreement,
  });
}
