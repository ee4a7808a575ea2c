import type { ArticleImporter } from "./article-import-types";

const byExtension: Record<string, ArticleImporter> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** The importer for a file, by its extension only (content sniffing would guess); null when unsupported. */
export function detectArticleImporter(fileName: string): ArticleImporter | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  if (!match?.[1]) return null;
  return byExtension[match[1].toLowerCase()] ?? null;
}
