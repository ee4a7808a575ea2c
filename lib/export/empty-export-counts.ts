import type { ExportCounts } from "./types";

/** The counts of an export before its first article; see `tallyExportArticle`. */
export const emptyExportCounts: Readonly<ExportCounts> = { articles: 0, annotations: 0, claims: 0, mentions: 0, verdicts: 0, skipped: 0 };
