import { db } from "@/lib/db";
import type { ExportFormat } from "@/lib/export/export-formats";
import { streamExport } from "@/lib/server/export/stream-export";

const decoder = new TextDecoder();

// The whole project exported through the one export path the API, the command
// line and the export page use (lib/server/export/stream-export.ts), as text.
export async function exportPayload(projectId: string, format: ExportFormat): Promise<string> {
  const stream = await streamExport(db, {
    scope: {
      projectId,
      filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" },
      blindAnnotatorId: null,
    },
    format,
    options: { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org/" },
    createdAt: "2026-01-01T00:00:00.000Z",
  });
  let out = "";
  for await (const chunk of stream.chunks) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}
