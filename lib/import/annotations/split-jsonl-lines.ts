export type JsonlLine = { line: number; text: string };

/**
 * The non-blank lines of a JSONL file with their 1-based line numbers, so
 * errors can name the line a user sees in an editor. Only "\n" (and "\r\n")
 * end a line: JSON escapes every other line break inside strings, and U+2028
 * may appear raw in a valid record.
 */
export function splitJsonlLines(content: string): JsonlLine[] {
  return content
    .replace(/^\ufeff/, "")
    .split("\n")
    .map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, "") }))
    .filter(({ text }) => text.trim() !== "");
}
