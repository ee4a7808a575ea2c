import type { ExportOptions } from "@/lib/export/types";
import type { ExportScope } from "@/lib/server/export/export-scope";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

export type W3cReadScope = { scope: ExportScope; options: ExportOptions };

/**
 * What the protocol server shows to whom, by the export's rules
 * (authorizeExport): blind annotation hides colleagues' annotations from an
 * annotator until their assignment on the article is submitted; viewers
 * see annotators as pseudonyms. Internal notes are never served here (as
 * exports leave them out unless asked for). `generatedAt` is unused by a
 * single annotation; the container dates itself from its annotations.
 */
export function w3cReadScope(access: ProjectAccess, baseUrl: string): W3cReadScope {
  const { project, role, userId } = access;
  return {
    scope: {
      projectId: project.id,
      filters: {
        articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null,
        annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all",
      },
      blindAnnotatorId: project.blindAnnotation && role === "ANNOTATOR" ? userId : null,
    },
    options: { includeNotes: false, pseudonymise: role === "VIEWER", baseUrl, generatedAt: "1970-01-01T00:00:00.000Z" },
  };
}
