import type { AnnotationImportFormat } from "./types";

/**
 * Guesses a file's format from its name and first characters: a JSON
 * document (Label Studio task list or W3C collection) or JSON lines (doccano
 * or Claimdesk JSONL, told apart by Claimdesk's "spans" and "revision" keys).
 * The user can override the guess; null when nothing fits.
 */
export function detectAnnotationFormat(fileName: string, content: string): AnnotationImportFormat | null {
  const body = content.replace(/^\ufeff/, "").trimStart();
  // A JSON line is told by its keys, wherever they come: Claimdesk writes the
  // article's text before its spans, so a long article pushes "spans" past
  // any fixed-length head, and a text may itself mention "spans" or "label".
  const keys = firstLineKeys(body);
  if (keys) {
    if (keys.has("spans") && keys.has("claims") && keys.has("revision")) return "claimdesk-jsonl";
    if (["label", "labels", "entities", "column_label"].some((k) => keys.has(k)) && keys.has("text")) return "doccano";
  }
  const head = body.slice(0, 20_000);
  if (/"@context"|"AnnotationCollection"|"TextPositionSelector"/.test(head) && /"Annotation/.test(head)) return "w3c";
  if (/"spans"\s*:/.test(head) && /"revision"\s*:/.test(head) && /"claims"\s*:/.test(head)) return "claimdesk-jsonl";
  if (head.startsWith("[") || /"data"\s*:\s*\{/.test(head)) {
    if (/"(annotations|predictions)"\s*:/.test(head) || /"data"\s*:\s*\{/.test(head)) return "label-studio";
  }
  if (/"(label|labels|entities|column_label)"\s*:/.test(head)) return "doccano";
  if (/\.jsonl$/i.test(fileName)) return "doccano";
  return null;
}

// The keys of the first line when it is a whole JSON object, else null.
function firstLineKeys(body: string): Set<string> | null {
  if (!body.startsWith("{")) return null;
  const end = body.indexOf("\n");
  try {
    const value: unknown = JSON.parse(end < 0 ? body : body.slice(0, end));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? new Set(Object.keys(value)) : null;
  } catch {
    return null;
  }
}
