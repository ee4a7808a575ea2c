import type { AnnotationImportFormat } from "./types";

/**
 * Guesses a file's format from its name and first characters: a JSON
 * document (Label Studio task list or W3C collection) or JSON lines (doccano
 * or Claimdesk JSONL, told apart by Claimdesk's "spans" and "revision" keys).
 * The user can override the guess; null when nothing fits.
 */
export function detectAnnotationFormat(fileName: string, content: string): AnnotationImportFormat | null {
  const head = content.replace(/^\ufeff/, "").trimStart().slice(0, 20_000);
  if (/"@context"|"AnnotationCollection"|"TextPositionSelector"/.test(head) && /"Annotation/.test(head)) return "w3c";
  if (/"spans"\s*:/.test(head) && /"revision"\s*:/.test(head) && /"claims"\s*:/.test(head)) return "claimdesk-jsonl";
  if (head.startsWith("[") || /"data"\s*:\s*\{/.test(head)) {
    if (/"(annotations|predictions)"\s*:/.test(head) || /"data"\s*:\s*\{/.test(head)) return "label-studio";
  }
  if (/"(label|labels|entities|column_label)"\s*:/.test(head)) return "doccano";
  if (/\.jsonl$/i.test(fileName)) return "doccano";
  return null;
}
