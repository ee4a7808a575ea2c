import { exportableAnnotations } from "@/lib/export/exportable-annotations";
import type { ExportArticle, ExportDataset, ExportOptions } from "@/lib/export/types";
import { smallDataset } from "@/tests/unit/export/fixtures/small-dataset";

// Runs an exporter over the exporter tests' small dataset, and lists the
// spans that dataset exports (article id, start, end), for round trips.
export async function exportSmallDataset(
  serialize: (dataset: ExportDataset, options: ExportOptions) => AsyncGenerator<string, void, undefined>,
  options: ExportOptions,
): Promise<string> {
  let out = "";
  for await (const chunk of serialize(smallDataset(), options)) out += chunk;
  return out;
}

export function exportedSpans(): Array<{ articleId: string; id: string; start: number; end: number }> {
  return (smallDataset().articles as ExportArticle[]).flatMap((article) =>
    exportableAnnotations(article).map((a) => ({ articleId: article.id, id: a.id, start: a.start, end: a.end })),
  );
}
