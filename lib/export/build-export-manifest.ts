import type { PayloadDigest } from "./create-payload-hasher";
import { type ExportFormat, exportFormats } from "./export-formats";
import { exportOffsetConvention } from "./export-offset-convention";
import type { ExportCounts, ExportFilters, ExportOptions, ExportProject } from "./types";

export type ExportManifestInput = {
  format: ExportFormat;
  project: ExportProject;
  options: ExportOptions;
  filters: ExportFilters;
  counts: ExportCounts;
  // The whole payload for stream formats; one entry per file for brat.
  payload: PayloadDigest | Array<PayloadDigest & { path: string }>;
  // The archive the files travel in (brat's zip), as downloaded.
  archive?: PayloadDigest;
  // When the export ran (the clock, read by the caller). Kept out of the
  // payload, which `generatedAt` dates by its data, so payloads of the same
  // data stay byte-identical; defaults to `generatedAt`.
  createdAt?: string;
  // What a receiving tool will do with the payload that the payload cannot
  // say itself (doccano: the overlapping spans its default import drops).
  interop?: Record<string, unknown>;
};

/**
 * The manifest that travels with every export: what was exported (format and
 * its version, project, filters, options), how much (counts), when (the
 * injected `generatedAt`, never the clock), the payload's SHA-256, and how to
 * read its offsets.
 */
export function buildExportManifest(input: ExportManifestInput): Record<string, unknown> {
  const format = exportFormats[input.format];
  const { includeNotes, pseudonymise, baseUrl, generatedAt } = input.options;
  return {
    manifest_version: 1,
    generator: "Claimdesk",
    format: input.format,
    format_version: format.version,
    media_type: format.mediaType,
    created_at: input.createdAt ?? generatedAt,
    data_as_of: generatedAt,
    project: { id: input.project.id, slug: input.project.slug, name: input.project.name },
    filters: {
      article_ids: input.filters.articleIds,
      published_from: input.filters.publishedFrom,
      published_to: input.filters.publishedTo,
      annotations_updated_from: input.filters.updatedFrom,
      annotations_updated_to: input.filters.updatedTo,
      annotator_ids: input.filters.annotatorIds,
      kinds: input.filters.kinds,
      status_keys: input.filters.statusKeys,
      review_state: input.filters.reviewState,
    },
    // publish_notes appears only when internal notes were published (ClaimReview's opt-in).
    options: { include_notes: includeNotes, ...(input.options.publishNotes && includeNotes ? { publish_notes: true } : {}), pseudonymise, base_url: baseUrl },
    counts: input.counts,
    offsets: exportOffsetConvention(input.format),
    ...(input.interop ? { interop: input.interop } : {}),
    annotation_origin:
      "Claimdesk JSONL spans carry origin: 'human' (drawn by a person) or 'suggestion' (a machine suggestion a person accepted; suggestion_source names the suggester: registry, compromise, wink-nlp, claim-features or the project's model)",
    payload: Array.isArray(input.payload)
      ? {
          ...(input.archive ? { sha256: input.archive.sha256, bytes: input.archive.bytes } : {}),
          files: input.payload.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
        }
      : { sha256: input.payload.sha256, bytes: input.payload.bytes },
  };
}
