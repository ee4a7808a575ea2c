import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ArticleImportPreview } from "./article-import-types";
import { articleImportRequestSchema } from "./article-import-request-schema";
import { importLimits } from "./import-limits";
import { planArticleImport } from "./plan-article-import";
import { parseInput } from "@/lib/validations/parse-input";

/**
 * What an article import would save, item by item: cleaned text, every block
 * with its verdict and reason, detected metadata, duplicates, and per-item
 * errors. Writes nothing.
 */
export async function previewArticleImport(access: ProjectAccess, input: unknown): Promise<ArticleImportPreview> {
  assertCan(access, "articles.import");
  const { project } = access;
  const data = parseInput(articleImportRequestSchema, input, "Invalid import request.");
  const { items, errors } = await planArticleImport(db, project.id, data, importLimits());
  return { items: items.map((planned) => planned.item), errors };
}
