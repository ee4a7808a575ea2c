import { normalizePublishedAt } from "./normalize-published-at";
import type { ArticleMetadata } from "./types";

const KEYS: Record<string, keyof ArticleMetadata> = {
  title: "title",
  author: "author",
  byline: "author",
  outlet: "outlet",
  site: "outlet",
  source: "outlet",
  publisher: "outlet",
  date: "publishedAt",
  published: "publishedAt",
  publishedat: "publishedAt",
  published_at: "publishedAt",
  url: "url",
  canonical: "url",
  link: "url",
  lang: "language",
  language: "language",
};

/**
 * Metadata from a leading "---" front-matter block, and where the body
 * starts. Only flat `key: value` lines are read (no YAML library: the keys
 * we want are scalars); unknown keys and anything fancier are ignored.
 */
export function readFrontMatter(markdown: string): { metadata: ArticleMetadata; bodyStart: number } {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown);
  if (!match) return { metadata: {}, bodyStart: 0 };
  const metadata: ArticleMetadata = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line.trim());
    const key = KEYS[(pair?.[1] ?? "").toLowerCase()];
    const value = (pair?.[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2").trim();
    if (!key || value === "" || metadata[key] !== undefined) continue;
    if (key === "publishedAt") {
      const publishedAt = normalizePublishedAt(value);
      if (publishedAt !== undefined) metadata.publishedAt = publishedAt;
    } else {
      metadata[key] = value;
    }
  }
  return { metadata, bodyStart: match[0].length };
}
