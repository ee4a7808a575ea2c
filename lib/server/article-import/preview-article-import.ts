import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ArticleImportPreview } from "./article-import-types";
import { articleImportRequestSchema } from "./article-import-request-schema";
import { importLimits } from "./import-limits";
import { planArticleImport } from "./plan-article-import";

/**
 * What an article import would save, item by item: cleaned text, every block
 * with its verdict and reason, detected metadata, duplicates, and per-item
 * errors. Writes nothing.
 */
export async function previewArticleImport(access: ProjectAccess, input: unknown): Promise<ArticleImportPreview> {
  assertCan(access, "articles.import");
  const { project } = access;
  const parsed = articleImportRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid import request.");
  const { items, errors } = await planArticleImport(db, project.id, parsed.data, importLimits());
  return { items: items.map((planned) => planned.item), errors };
}
