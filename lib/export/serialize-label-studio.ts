import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { annotatorOf } from "./annotator-of";
import { compareCodeUnits } from "./compare-code-units";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { labelStudioCompletedBy } from "./label-studio-completed-by";
import { spanLabel } from "./span-label";
import { toJsonLine } from "./to-json-line";
import type { ExportAnnotation, ExportDataset, ExportOptions } from "./types";

/**
 * Label Studio JSON: an array of tasks, one per line, for the labeling
 * config of `buildLabelStudioConfig` (<Labels name="label" toName="text">
 * over <Text name="text" value="$text">), shaped like Label Studio's own
 * span examples: `data.text` plus article metadata, and `annotations`, one
 * per annotator (the gold layer as one more, `ground_truth: true`), each a
 * `result` list of `labels` regions {start, end, text, labels: [spanLabel]}
 * with the Claimdesk annotation id as region id, and `completed_by` naming
 * the annotator (`labelStudioCompletedBy`), as Label Studio models one
 * annotation per annotator per task.
 *
 * Offsets are UTF-16 code units (JavaScript string indices): Label Studio's
 * editor computes and resolves regions on the browser's strings, so with
 * code points every region after an emoji would land one unit early per
 * emoji. `data.claimdesk_offsets: "utf-16"` says so in the file itself, so
 * the importer never has to guess (older exports wrote code points).
 */
export async function* serializeLabelStudio(dataset: ExportDataset, options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  yield "[\n";
  let first = true;
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    const groups = new Map<string, ExportAnnotation[]>(); // by annotator; the gold layer is one more
    for (const a of exportableAnnotations(article)) {
      const key = a.isGold ? "\u0000gold" : annotatorOf(a, options).id;
      const group = groups.get(key);
      if (group) group.push(a);
      else groups.set(key, [a]);
    }
    const task = {
      data: { text: article.text, article_id: article.id, title: article.title, outlet: article.outlet, url: article.url, claimdesk_offsets: "utf-16" },
      annotations: [...groups.entries()]
        .sort(([a], [b]) => compareCodeUnits(a, b))
        .map(([key, annotations]) => ({
          ground_truth: key === "\u0000gold",
          completed_by: labelStudioCompletedBy(key === "\u0000gold" ? null : (annotations[0] ?? null), options),
          result: annotations.map((a) => ({
            id: a.id,
            from_name: "label",
            to_name: "text",
            type: "labels",
            value: { start: index.toUtf16(a.start), end: index.toUtf16(a.end), text: index.slice(a.start, a.end), labels: [spanLabel(a, lookup)] },
          })),
        })),
    };
    yield first ? toJsonLine(task) : `,\n${toJsonLine(task)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
