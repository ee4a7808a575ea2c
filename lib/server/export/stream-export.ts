import { buildExportManifest } from "@/lib/export/build-export-manifest";
import { buildLabelStudioConfig } from "@/lib/export/build-label-studio-config";
import { createDoccanoOverlapReport } from "@/lib/export/create-doccano-overlap-report";
import { createExportLookup } from "@/lib/export/create-export-lookup";
import { createPayloadHasher, type PayloadDigest } from "@/lib/export/create-payload-hasher";
import { emptyExportCounts } from "@/lib/export/empty-export-counts";
import { exportFormats, type ExportFormat } from "@/lib/export/export-formats";
import { serializeBrat } from "@/lib/export/serialize-brat";
import { streamSerializers } from "@/lib/export/stream-serializers";
import { tallyExportArticle } from "@/lib/export/tally-export-article";
import { emptyDatasetCardTally, tallyDatasetCard, type DatasetCardTally } from "@/lib/export/dataset-card-tally";
import type { ExportArticle, ExportCounts, ExportDataset, ExportOptions } from "@/lib/export/types";
import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { buildExportCard } from "@/lib/server/export/build-export-card";
import { createZipWriter } from "@/lib/server/export/create-zip-writer";
import type { ExportScope } from "@/lib/server/export/export-scope";
import { findExportDataAsOf } from "@/lib/server/export/find-export-data-as-of";
import { loadExportArticles } from "@/lib/server/export/load-export-articles";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";

export type StreamExportInput = {
  scope: ExportScope;
  format: ExportFormat;
  options: Pick<ExportOptions, "includeNotes" | "publishNotes" | "pseudonymise" | "baseUrl">;
  // The clock, read by the caller, for the manifest's `created_at` only.
  createdAt: string;
  batchSize?: number;
};

export type ExportStream = {
  format: ExportFormat;
  fileName: string;
  mediaType: string;
  // The payload's bytes, produced as they are read.
  chunks: AsyncGenerator<Uint8Array, void, undefined>;
  // The manifest; throws until `chunks` has been read to the end.
  manifest: () => Record<string, unknown>;
  // The dataset card (README.md; archives hold it too), once `chunks` has been read to the end.
  card: () => Promise<string>;
};

// Serializers yield small strings (one annotation); the stream sends ~64 KiB.
const CHUNK_BYTES = 64 * 1024;

/**
 * The one export path (API route, command line, benchmark): loads the scope
 * lazily (see `loadExportArticles`), serializes it in `format`, and counts and
 * hashes the bytes as they pass, so the manifest vouches for exactly what was
 * sent. No permission check here: callers decide the scope
 * (`authorizeExport` for users; the command line runs as the operator).
 */
export async function streamExport(db: DbClient, input: StreamExportInput): Promise<ExportStream> {
  const { scope, format } = input;
  const project = await db.project.findFirst({ where: { id: scope.projectId, deletedAt: null }, select: { id: true, slug: true, name: true } });
  if (!project) throw new AppError("NOT_FOUND", "Project not found.");
  const [vocabulary, generatedAt] = await Promise.all([loadExportVocabulary(db, project.id), findExportDataAsOf(db, project.id)]);
  const keys = scope.filters.statusKeys;
  const statusIds = keys
    ? vocabulary.labels.filter((l) => l.kind === "VERIFICATION_STATUS" && keys.includes(l.key)).map((l) => l.id)
    : null;
  const options: ExportOptions = { ...input.options, generatedAt };
  const shown = (ids: string[] | null) =>
    ids && input.options.pseudonymise ? ids.map((id) => vocabulary.authors.get(id)?.pseudonym ?? "unknown").sort() : ids;
  const lookup = createExportLookup(vocabulary);
  let counts: ExportCounts = emptyExportCounts;
  const doccano = format === "doccano" || format === "doccano-relations" ? createDoccanoOverlapReport(lookup) : null;
  let cardTally: DatasetCardTally = emptyDatasetCardTally;
  async function* tallied(): AsyncGenerator<ExportArticle, void, undefined> {
    const articles = loadExportArticles(db, {
      scope, statusIds, authors: vocabulary.authors, liveClusters: new Set(vocabulary.clusters.map((c) => c.id)), batchSize: input.batchSize,
    });
    for await (const article of articles) {
      counts = tallyExportArticle(counts, article, lookup);
      doccano?.add(article);
      cardTally = tallyDatasetCard(cardTally, article, options);
      yield article;
    }
  }
  const dataset: ExportDataset = { project, labels: vocabulary.labels, entities: vocabulary.entities, clusters: vocabulary.clusters, articles: tallied() };

  const fileName = `claimdesk-${project.slug}-${format}.${exportFormats[format].extension}`;
  const filters = { ...scope.filters, annotatorIds: shown(scope.filters.annotatorIds) };
  let streamed = false;
  const card = async () => {
    if (!streamed) throw new Error("The dataset card is ready once the payload has been read to the end.");
    return buildExportCard(db, { projectId: project.id, format, fileName, options, filters, counts, tally: cardTally });
  };

  const hasher = createPayloadHasher();
  const files: Array<PayloadDigest & { path: string }> = [];
  let digest: PayloadDigest | null = null;
  async function* bytes(): AsyncGenerator<Uint8Array, void, undefined> {
    const encoder = new TextEncoder();
    if (format === "brat") {
      const zip = createZipWriter();
      for await (const file of serializeBrat(dataset, options)) {
        const content = encoder.encode(file.content);
        const fileHash = createPayloadHasher();
        fileHash.update(content);
        files.push({ path: file.path, ...fileHash.digest() });
        const entry = zip.file(file.path, content);
        hasher.update(entry);
        yield entry;
      }
      // Every archive carries its dataset card (written last: it needs the counts).
      streamed = true;
      const readme = encoder.encode(await card());
      const readmeHash = createPayloadHasher();
      readmeHash.update(readme);
      files.push({ path: "README.md", ...readmeHash.digest() });
      const readmeEntry = zip.file("README.md", readme);
      hasher.update(readmeEntry);
      yield readmeEntry;
      const end = zip.end();
      hasher.update(end);
      yield end;
    } else {
      let pending: string[] = [];
      let size = 0;
      for await (const piece of streamSerializers[format](dataset, options)) {
        pending.push(piece);
        size += piece.length;
        if (size >= CHUNK_BYTES) {
          const chunk = encoder.encode(pending.join(""));
          pending = [];
          size = 0;
          hasher.update(chunk);
          yield chunk;
        }
      }
      const chunk = encoder.encode(pending.join(""));
      hasher.update(chunk);
      if (chunk.length > 0) yield chunk;
    }
    digest = hasher.digest();
    streamed = true;
  }

  return {
    format,
    fileName,
    mediaType: exportFormats[format].mediaType,
    chunks: bytes(),
    manifest() {
      if (!digest) throw new Error("The manifest is ready once the payload has been read to the end.");
      return buildExportManifest({
        format,
        project,
        options,
        filters,
        counts,
        payload: format === "brat" ? files : digest,
        ...(format === "brat" ? { archive: digest } : {}),
        createdAt: input.createdAt,
        ...(doccano ? { interop: { doccano: doccano.report() } } : {}),
        // The labeling config a Label Studio project needs to show these tasks.
        ...(format === "label-studio" ? { interop: { label_studio: { labeling_config: buildLabelStudioConfig(vocabulary.labels) } } } : {}),
      });
    },
    card,
  };
}
