import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { importLimits } from "@/lib/server/article-import/import-limits";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { AnnotationImportPreview } from "./annotation-import-types";
import { annotationImportRequestSchema } from "./annotation-import-request-schema";
import { assertImportOptions } from "./assert-import-options";
import { loadImportContext } from "./load-import-context";
import { planAnnotationImport } from "./plan-annotation-import";
import { parseInput } from "@/lib/validations/parse-input";

/**
 * What an annotation import would do, per document: the article it lands on
 * (or creates), how many annotations, duplicates and warnings, per-item
 * errors, and the labels that still need mapping. Writes nothing.
 */
export async function previewAnnotationImport(access: ProjectAccess, input: unknown): Promise<AnnotationImportPreview> {
  assertCan(access, "articles.import");
  const { project, role, userId } = access;
  const data = parseInput(annotationImportRequestSchema, input, "Invalid import request.");
  assertImportOptions(role, data);
  const context = await loadImportContext(db, project.id, userId, data);
  const plan = await planAnnotationImport(db, context, data, importLimits());
  return { ...plan.preview, canCreateLabels: can(role, "labels.manage"), canKeepAttribution: can(role, "project.manage") };
}
