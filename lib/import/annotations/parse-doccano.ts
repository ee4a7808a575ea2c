import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { splitJsonlLines } from "./split-jsonl-lines";
import type { ImportedSpan, ParsedAnnotationFile, ParsedItem } from "./types";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const TEXT_KEYS = ["text", "data", "column_data"];
const LABEL_KEYS = ["label", "labels", "column_label"];

/**
 * doccano sequence-labelling JSONL, one example per line: {"text", "label":
 * [[start, end, "TAG"], …]} (spans may also be {start_offset, end_offset,
 * label}), the relation form {"text", "entities": [{start_offset, end_offset,
 * label}]}, the older {"labels"} key, and the custom column names of
 * doccano's examples (column_data / column_label). Offsets are code points
 * (doccano's backend indexes Python strings). A whole pretty-printed JSON
 * object or array is read too. Overlapping spans are all kept: Claimdesk
 * allows overlaps, where doccano's importer drops all but the first unless
 * the project allows them. Relations are not imported (warning).
 */
export function parseDoccano(content: string): ParsedAnnotationFile {
  const rows = readRows(content);
  return { format: "doccano", entities: [], items: rows.map(({ item, value, error }) => (error ? { item, error } : parseRow(value, item))) };
}

function readRows(content: string): Array<{ item: string; value: unknown; error?: string }> {
  const trimmed = content.replace(/^\ufeff/, "").trim();
  const lines = splitJsonlLines(trimmed);
  const whole = lines.length > 1 && !lines.every(({ text }) => isJsonLine(text)) ? tryParse(trimmed) : undefined;
  if (whole !== undefined) {
    const values = Array.isArray(whole) ? whole : [whole];
    return values.map((value, i) => ({ item: `example ${i + 1}`, value }));
  }
  return lines.map(({ line, text }) => {
    const value = tryParse(text);
    return value === undefined ? { item: `line ${line}`, value, error: `Line ${line} is not valid JSON.` } : { item: `line ${line}`, value };
  });
}

function isJsonLine(text: string): boolean {
  return tryParse(text) !== undefined;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseRow(value: unknown, item: string): ParsedItem {
  if (!isObject(value)) return { item, error: `${capital(item)}: not a JSON object.` };
  const textKey = TEXT_KEYS.find((key) => typeof value[key] === "string");
  const text = textKey ? (value[textKey] as string) : "";
  if (text === "") return { item, error: `${capital(item)}: no "text".` };
  const labelKey = LABEL_KEYS.find((key) => Array.isArray(value[key]));
  const raw: unknown[] = labelKey ? (value[labelKey] as unknown[]) : Array.isArray(value.entities) ? value.entities : [];
  const length = createCodePointIndex(text).length;
  const spans: ImportedSpan[] = [];
  const errors: string[] = [];
  raw.forEach((entry, i) => {
    const span = Array.isArray(entry)
      ? { start: entry[0], end: entry[1], label: entry[2] }
      : isObject(entry)
        ? { start: entry.start_offset, end: entry.end_offset, label: entry.label }
        : null;
    const where = `${item}, span ${i + 1}`;
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || typeof span.label !== "string" || span.label.trim() === "") {
      return void errors.push(`${capital(where)}: expected [start, end, "LABEL"].`);
    }
    const start = span.start as number;
    const end = span.end as number;
    if (start < 0 || end <= start) return void errors.push(`${capital(where)}: start (${start}) must be ≥ 0 and below end (${end}).`);
    if (end > length) return void errors.push(`${capital(where)}: end (${end}) is past the end of the text (${length} characters).`);
    spans.push({
      item: where,
      sourceId: isObject(entry) && entry.id !== undefined ? String(entry.id) : null,
      kind: null,
      start,
      end,
      exact: null,
      label: { namespace: null, value: span.label.trim() },
      entityId: null,
      claim: null,
      note: null,
      author: null,
      review: null,
      createdAt: null,
      updatedAt: null,
    });
  });
  if (errors.length > 0) return { item, error: errors.join(" ") };
  const warnings = Array.isArray(value.relations) && value.relations.length > 0 ? [`${capital(item)}: relations are not imported.`] : [];
  return {
    parsed: {
      item,
      article: { text, ...(typeof value.article_id === "string" ? { id: value.article_id } : {}) },
      spans,
      warnings,
    },
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
