import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { spanLabel } from "./span-label";
import { toJsonLine } from "./to-json-line";
import type { ExportDataset, ExportOptions } from "./types";

/**
 * doccano relation-extraction JSONL: one line per article,
 * {"text", "entities": [{id, label, start_offset, end_offset}],
 * "relations": [{id, from_id, to_id, type}], "article_id"}. Entities are all
 * spans (claims and mentions, numbered from 0 per article as doccano does);
 * a relation is a claim's link to an entity mention inside it, typed by the
 * role in lower case ("claimant", "subject", …).
 */
export async function* serializeDoccanoRelations(dataset: ExportDataset, _options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  for await (const article of dataset.articles) {
    const annotations = exportableAnnotations(article);
    const numbers = new Map(annotations.map((a, i) => [a.id, i]));
    const entities = annotations.map((a, i) => ({ id: i, label: spanLabel(a, lookup), start_offset: a.start, end_offset: a.end }));
    const relations = annotations
      .flatMap((a) => (a.kind === "CLAIM" ? a.entities.map((link) => ({ from: numbers.get(a.id), to: link.mentionId ? numbers.get(link.mentionId) : undefined, role: link.role })) : []))
      .filter((r): r is { from: number; to: number; role: typeof r.role } => r.from !== undefined && r.to !== undefined)
      .map((r, i) => ({ id: i, from_id: r.from, to_id: r.to, type: r.role.toLowerCase() }));
    yield `${toJsonLine({ text: article.text, entities, relations, article_id: article.id })}\n`;
  }
}
