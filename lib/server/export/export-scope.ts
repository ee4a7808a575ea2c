import type { ExportFilters } from "@/lib/export/types";

// What one export reads: the project, the user's filters, and what the
// exporter's role hides (see `authorizeExport`).
export type ExportScope = {
  projectId: string;
  filters: ExportFilters;
  // Blind annotation: this annotator sees colleagues' annotations only on
  // articles where their own assignment is submitted; null when not blind.
  blindAnnotatorId: string | null;
};
