import type { ImportedDocument, ImportedSpan, ParsedAnnotationFile, ParsedItem } from "./types";
import { labelStudioOffsets, type LabelStudioOffsetUnit } from "./label-studio-offsets";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Label Studio JSON: a list of tasks (or one task) {data: {text, …},
 * annotations?: [{result}], predictions?: [{result}]}. Each `labels` result
 * becomes one span per label, offsets converted to code points (read in the
 * unit `offsetUnitOf` finds for the task). Annotations
 * are imported; predictions only for tasks with no annotations (they are a
 * model's suggestions). Claimdesk's own export adds data.article_id/url/title,
 * used to find the article. Other result types (choices, relations) are
 * skipped with a warning.
 */
export function parseLabelStudio(content: string): ParsedAnnotationFile {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\ufeff/, ""));
  } catch {
    return { format: "label-studio", entities: [], items: [{ item: "file", error: "The file is not valid JSON." }] };
  }
  const tasks = Array.isArray(value) ? value : [value];
  return { format: "label-studio", entities: [], items: tasks.map((task, i) => parseTask(task, `task ${i + 1}`)) };
}

function parseTask(task: unknown, item: string): ParsedItem {
  if (!isObject(task) || !isObject(task.data)) return { item, error: `${item}: not a Label Studio task (no "data" object).` };
  const data = task.data;
  const text = typeof data.text === "string" ? data.text : Object.values(data).find((v): v is string => typeof v === "string");
  if (text === undefined || text === "") return { item, error: `${item}: data has no text.` };
  const annotations = Array.isArray(task.annotations) ? task.annotations.filter(isObject) : [];
  const predictions = Array.isArray(task.predictions) ? task.predictions.filter(isObject) : [];
  const sets = annotations.length > 0 ? annotations : predictions;
  const warnings: string[] = [];
  if (annotations.length > 0 && predictions.length > 0) warnings.push(`${item}: predictions skipped (the task has annotations).`);
  const spans: ImportedSpan[] = [];
  const errors: string[] = [];
  const unit = offsetUnitOf(data);
  for (const set of sets) {
    if (set.was_cancelled === true) continue;
    const author = completedBy(set.completed_by);
    const results = Array.isArray(set.result) ? set.result : [];
    results.forEach((result, r) => {
      if (!isObject(result) || result.type !== "labels" || !isObject(result.value)) {
        warnings.push(`${item}: result ${r + 1} is not a text span ("labels"), skipped.`);
        return;
      }
      const v = result.value;
      const region = typeof result.id === "string" || typeof result.id === "number" ? `region ${result.id}` : `result ${r + 1}`;
      const labels = Array.isArray(v.labels) ? v.labels.filter((l): l is string => typeof l === "string" && l.trim() !== "") : [];
      if (labels.length === 0) return void errors.push(`${item}, ${region}: no label.`);
      const quote = typeof v.text === "string" ? v.text : null;
      const offsets = labelStudioOffsets(text, Number(v.start), Number(v.end), quote, unit);
      if ("error" in offsets) return void errors.push(`${item}, ${region}: ${offsets.error}`);
      if (offsets.warning) warnings.push(`${item}, ${region}: ${offsets.warning}`);
      for (const label of labels) {
        spans.push({
          item: `${item}, ${region}`,
          sourceId: labels.length === 1 && result.id !== undefined ? String(result.id) : null,
          kind: null,
          start: offsets.start,
          end: offsets.end,
          exact: quote,
          label: { namespace: null, value: label.trim() },
          entityId: null,
          claim: null,
          note: null,
          author,
          review: isObject(set) && set.ground_truth === true ? { state: "PENDING", gold: true, lastDecision: null, lastDecidedAt: null } : null,
          createdAt: null,
          updatedAt: null,
        });
      }
    });
  }
  if (errors.length > 0) return { item, error: errors.join(" ") };
  const document: ImportedDocument = {
    item,
    article: {
      text,
      ...(typeof data.article_id === "string" ? { id: data.article_id } : {}),
      ...(typeof data.url === "string" ? { url: data.url } : {}),
      ...(typeof data.title === "string" ? { title: data.title } : {}),
      ...(typeof data.outlet === "string" ? { outlet: data.outlet } : {}),
    },
    spans,
    warnings,
  };
  return { parsed: document };
}

// Claimdesk's exports say how they count (data.claimdesk_offsets); version 1
// of its Label Studio export did not and wrote code points, and is known by
// data.article_id. Every other file follows Label Studio: UTF-16 units.
function offsetUnitOf(data: Json): LabelStudioOffsetUnit {
  if (data.claimdesk_offsets === "code-points") return "code-points";
  if (data.claimdesk_offsets === "utf-16") return "utf-16";
  return typeof data.article_id === "string" ? "code-points" : "utf-16";
}

// Label Studio writes `completed_by` as a user id (a number) or, with
// details, {id?, email, first_name?, last_name?}; Claimdesk's export writes
// {email, first_name}. Kept as the file's author, for messages and previews.
function completedBy(value: unknown): ImportedSpan["author"] {
  if (typeof value === "number" || (typeof value === "string" && value !== "")) return { id: String(value), name: String(value) };
  if (!isObject(value)) return null;
  const id = typeof value.email === "string" ? value.email : typeof value.id === "number" || typeof value.id === "string" ? String(value.id) : null;
  if (id === null) return null;
  const name = [value.first_name, value.last_name].filter((n): n is string => typeof n === "string" && n !== "").join(" ");
  return { id, name: name || id };
}
