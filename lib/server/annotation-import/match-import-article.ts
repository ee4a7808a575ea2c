import { contentHash } from "@/lib/import/content-hash";
import type { ImportedArticle } from "@/lib/import/annotations/types";
import type { ContextArticle } from "./load-import-context";

export type ArticleMatch = { article: ContextArticle; by: "id" | "url" | "text" } | { error: string } | null;

/**
 * The project article a document's annotations belong to: by Claimdesk id
 * (also the id an earlier import recorded as the article's original id), by
 * exact text (content hash), then by url. A match by id or url whose text
 * differs from the file's is refused: the file's offsets index its own text.
 * Null when nothing matches.
 */
export function matchImportArticle(article: ImportedArticle, articles: readonly ContextArticle[]): ArticleMatch {
  const hash = article.text === undefined ? null : contentHash(article.text);
  const byText = hash === null ? undefined : articles.find((a) => a.contentHash === hash);
  const byId = article.id === undefined ? undefined : (articles.find((a) => a.id === article.id) ?? articles.find((a) => a.originalId === article.id));
  const byUrl = article.url ? articles.find((a) => a.url === article.url) : undefined;
  const found: ArticleMatch = byId ? { article: byId, by: "id" } : byText ? { article: byText, by: "text" } : byUrl ? { article: byUrl, by: "url" } : null;
  if (found && hash !== null && found.article.contentHash !== hash) {
    return { error: `The article "${found.article.title}" (matched by ${found.by}) has different text in this project; the file's offsets would land on other words.` };
  }
  return found;
}
