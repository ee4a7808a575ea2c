import type { ImportedArticle } from "@/lib/import/annotations/types";
import { importMetadataSchema } from "@/lib/server/article-import/import-metadata-schema";

/**
 * The metadata of an article an annotation import creates, held to the same
 * schema as the article import's (parsed http(s) URL, a real date, a
 * language tag, bounded lengths) and normalised by it. An error names the
 * first field at fault.
 */
export function checkImportedArticle(article: ImportedArticle, fallbackTitle: string): { article: ImportedArticle } | { error: string } {
  const parsed = importMetadataSchema.safeParse({
    title: article.title?.trim() || fallbackTitle,
    outlet: article.outlet ?? "",
    url: article.url ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language ?? "en",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `article ${issue?.path.join(".") || "metadata"}: ${issue?.message ?? "invalid"}` };
  }
  const { title, outlet, url, author, publishedAt, language } = parsed.data;
  return { article: { ...article, ...(article.title?.trim() ? { title } : {}), outlet, url, author, publishedAt, language } };
}
