import type { ExportFormat, exportFormats } from "./export-formats";
import { serializeClaimReview } from "./serialize-claimreview";
import { serializeClusters } from "./serialize-clusters";
import { serializeConll } from "./serialize-conll";
import { serializeCsv } from "./serialize-csv";
import { serializeCsvExcel } from "./serialize-csv-excel";
import { serializeDoccano } from "./serialize-doccano";
import { serializeDoccanoRelations } from "./serialize-doccano-relations";
import { serializeJsonl } from "./serialize-jsonl";
import { serializeLabelStudio } from "./serialize-label-studio";
import { serializeW3c } from "./serialize-w3c";
import type { ExportDataset, ExportOptions } from "./types";

type StreamFormat = { [F in ExportFormat]: (typeof exportFormats)[F]["output"] extends "stream" ? F : never }[ExportFormat];

/**
 * The serializer of each single-stream format, for the route and the command
 * line to pick by name (brat yields files: `serializeBrat`).
 */
export const streamSerializers: Record<StreamFormat, (dataset: ExportDataset, options: ExportOptions) => AsyncGenerator<string, void, undefined>> = {
  jsonl: serializeJsonl,
  clusters: serializeClusters,
  csv: serializeCsv,
  "csv-excel": serializeCsvExcel,
  w3c: serializeW3c,
  claimreview: serializeClaimReview,
  conll: serializeConll,
  "label-studio": serializeLabelStudio,
  doccano: serializeDoccano,
  "doccano-relations": serializeDoccanoRelations,
};
