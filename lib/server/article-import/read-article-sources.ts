import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import type { ImportKind } from "@/lib/import/types";
import type { ArticleImporter, ImportFileInput, ImportItemError, ImportMetadataDTO } from "./article-import-types";
import { detectArticleImporter } from "./detect-article-importer";
import type { ImportLimits } from "./import-limits";
import { describeBytes } from "./describe-bytes";
import { splitJsonlLines } from "@/lib/import/annotations/split-jsonl-lines";

// One article to extract: a whole file, or one line of a JSONL file.
export type ArticleSource = {
  key: string;
  fileName: string;
  line: number | null;
  importer: ArticleImporter;
  kind: ImportKind;
  content: string;
  // Metadata the source states outright (JSONL fields); wins over detection.
  given: Partial<ImportMetadataDTO>;
};

const optionalText = safeString().trim().optional().nullable();
const jsonlArticle = z
  .object({
    title: optionalText,
    text: safeString().optional().nullable(),
    html: safeString().optional().nullable(),
    outlet: optionalText,
    url: optionalText,
    author: optionalText,
    publishedAt: optionalText,
    published_at: optionalText,
    language: optionalText,
  })
  .refine((row) => (row.text ?? "").trim() !== "" || (row.html ?? "").trim() !== "", 'needs a non-empty "text" or "html" field');

/**
 * Splits uploaded files into article sources, with a per-item error for each
 * file or JSONL line that cannot be one (unsupported type, too large, empty,
 * broken JSON, missing text). Pure: no database, no clock.
 */
export function readArticleSources(
  files: readonly ImportFileInput[],
  limits: ImportLimits,
): { sources: ArticleSource[]; errors: ImportItemError[] } {
  const sources: ArticleSource[] = [];
  const errors: ImportItemError[] = [];
  files.forEach((file, fileIndex) => {
    const key = String(fileIndex);
    const fail = (message: string, line: number | null = null) =>
      errors.push({ key: line === null ? key : `${key}:${line}`, fileName: file.name, line, message });
    const importer = detectArticleImporter(file.name);
    if (!importer) return fail(`Unsupported file type: import .txt, .md, .html/.htm or .jsonl files.`);
    const bytes = file.content === undefined ? (file.size ?? Infinity) : Buffer.byteLength(file.content, "utf8");
    if (file.content === undefined || bytes > limits.maxFileBytes) {
      return fail(`The file is too large (${describeBytes(bytes)}); the limit is ${describeBytes(limits.maxFileBytes)} per file.`);
    }
    if (file.content.trim() === "") return fail("The file is empty.");
    if (importer !== "jsonl") {
      sources.push({ key, fileName: file.name, line: null, importer, kind: importer, content: file.content, given: {} });
      return;
    }
    const lines = splitJsonlLines(file.content);
    if (lines.length > limits.maxLines) {
      return fail(`The file has ${lines.length} lines; the limit is ${limits.maxLines} per file. Split it into smaller files.`);
    }
    for (const { line, text } of lines) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        fail(`Line ${line} is not valid JSON.`, line);
        continue;
      }
      const row = jsonlArticle.safeParse(value);
      if (!row.success) {
        fail(`Line ${line}: ${row.error.issues[0]?.message ?? "not an article object"}.`, line);
        continue;
      }
      const r = row.data;
      const html = (r.text ?? "").trim() === "";
      const given: Partial<ImportMetadataDTO> = {};
      if (r.title) given.title = r.title;
      if (r.outlet) given.outlet = r.outlet;
      if (r.url) given.url = r.url;
      if (r.author) given.author = r.author;
      const publishedAt = r.publishedAt || r.published_at;
      if (publishedAt) given.publishedAt = publishedAt;
      if (r.language) given.language = r.language;
      sources.push({
        key: `${key}:${line}`,
        fileName: file.name,
        line,
        importer: "jsonl",
        kind: html ? "html" : "text",
        content: html ? (r.html ?? "") : (r.text ?? ""),
        given,
      });
    }
  });
  return { sources, errors };
}
