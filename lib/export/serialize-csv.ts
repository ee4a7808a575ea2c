import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { annotatorOf } from "./annotator-of";
import { createExportLookup } from "./create-export-lookup";
import { csvCell } from "./csv-cell";
import { exportableAnnotations } from "./exportable-annotations";
import type { ExportDataset, ExportOptions } from "./types";

type Cell = string | number | boolean | null;

/**
 * CSV, one row per claim (entity mentions appear only as the claim's linked
 * entities), RFC 4180: a header row, CRLF line ends, fields quoted only when
 * needed and every cell neutralised against formula injection (`csvCell`).
 * No byte-order mark: it would end up inside the first header name for most
 * CSV readers; spreadsheets should open the file as UTF-8.
 *
 * Multi-valued cells: entities are "name (ROLE)" joined by "; ", evidence is
 * one "STANCE url" per line inside the cell.
 */
export async function* serializeCsv(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  const columns = [
    "article_id", "article_title", "article_outlet", "article_url", "article_published_at",
    "claim_id", "start", "end", "text", "claim_type", "status", "rating", "check_worthiness", "confidence",
    "claimant", "entities", "evidence", "cluster_id", "cluster_relation",
    "annotator_id", "annotator", "review_state", "gold",
    ...(options.includeNotes ? ["note"] : []),
    "created_at", "updated_at",
  ];
  yield row(columns);
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    for (const a of exportableAnnotations(article)) {
      if (a.kind !== "CLAIM") continue;
      const status = lookup.label(a.statusId);
      const linked = a.entities.map((link) => ({ link, entity: lookup.entity(link.entityId) }));
      const annotator = annotatorOf(a, options);
      yield row([
        article.id, article.title, article.outlet, article.url, article.publishedAt,
        a.id, a.start, a.end, index.slice(a.start, a.end),
        lookup.label(a.claimTypeId)?.key ?? null, status?.key ?? null, status?.rating ?? null, a.checkWorthiness, a.confidence,
        linked.filter(({ link }) => link.role === "CLAIMANT").map(({ entity }) => entity?.name ?? "").join("; "),
        linked.map(({ link, entity }) => `${entity?.name ?? link.entityId} (${link.role})`).join("; "),
        a.evidence.map((e) => `${e.stance} ${e.url}`).join("\n"),
        a.cluster?.clusterId ?? null, a.cluster?.relation ?? null,
        annotator.id, annotator.name, a.reviewState, a.isGold,
        ...(options.includeNotes ? [a.note] : []),
        a.createdAt, a.updatedAt,
      ]);
    }
  }
}

function row(cells: Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
