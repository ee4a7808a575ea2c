import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import { importLimits } from "@/lib/server/article-import/import-limits";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { AnnotationImportPreview } from "./annotation-import-types";
import { annotationImportRequestSchema } from "./annotation-import-request-schema";
import { assertImportOptions } from "./assert-import-options";
import { loadImportContext } from "./load-import-context";
import { planAnnotationImport } from "./plan-annotation-import";

/**
 * What an annotation import would do, per document: the article it lands on
 * (or creates), how many annotations, duplicates and warnings, per-item
 * errors, and the labels that still need mapping. Writes nothing.
 */
export async function previewAnnotationImport(access: ProjectAccess, input: unknown): Promise<AnnotationImportPreview> {
  assertCan(access, "articles.import");
  const { project, role, userId } = access;
  const parsed = annotationImportRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid import request.");
  assertImportOptions(role, parsed.data);
  const context = await loadImportContext(db, project.id, userId, parsed.data);
  const plan = await planAnnotationImport(db, context, parsed.data, importLimits());
  return { ...plan.preview, canCreateLabels: can(role, "labels.manage"), canKeepAttribution: can(role, "project.manage") };
}
