import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import { importLimits } from "@/lib/server/article-import/import-limits";
import { lockProjectImports } from "@/lib/server/article-import/lock-project-imports";
import { recordEvent } from "@/lib/server/event/record-event";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import type { AnnotationImportResult } from "./annotation-import-types";
import { annotationImportRequestSchema } from "./annotation-import-request-schema";
import { assertImportOptions } from "./assert-import-options";
import { loadImportContext } from "./load-import-context";
import { lockImportIds } from "./lock-import-ids";
import { planAnnotationImport } from "./plan-annotation-import";
import { writeAnnotationImport } from "./write-annotation-import";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

/**
 * Imports annotations (and, into a project without them, their articles) in
 * one transaction. Nothing is saved while labels are unmapped, or while any
 * item has an error unless `importGoodItems` is set. Owners and reviewers may
 * import; creating labels while mapping needs an owner (labels.manage).
 */
export async function commitAnnotationImport(access: ProjectAccess, input: unknown): Promise<AnnotationImportResult> {
  assertCan(access, "articles.import");
  const { project, role, userId } = access;
  const data = parseInput(annotationImportRequestSchema, input, "Invalid import request.");
  assertImportOptions(role, data);
  const canCreateLabels = can(role, "labels.manage");
  if (!canCreateLabels && Object.values(data.labelMapping ?? {}).some((choice) => "create" in choice)) {
    throw new AppError("FORBIDDEN", "Only owners can create labels; map the unknown labels to existing ones instead.");
  }
  return transaction(
    async (tx) => {
      // Planned under the lock, so duplicates and matches are judged on what is stored now.
      await lockProjectImports(tx, project.id);
      await lockImportIds(tx);
      const context = await loadImportContext(tx, project.id, userId, data);
      const plan = await planAnnotationImport(tx, context, data, importLimits());
      const empty = { saved: false, createdArticles: [], createdAnnotations: 0, createdEntities: 0, createdLabels: 0 };
      const result: AnnotationImportResult = { ...plan.preview, canCreateLabels, canKeepAttribution: can(role, "project.manage"), ...empty };
      if (plan.preview.unknownLabels.length > 0) return result;
      if (plan.preview.errors.length > 0 && !data.importGoodItems) return result;
      const written = await writeAnnotationImport(tx, project.id, userId, plan);
      if (written.createdAnnotations + written.createdArticles.length > 0) {
        await recordEvent(tx, {
          projectId: project.id,
          type: "import.completed",
          actorId: userId,
          payload: { kind: "annotations", articleIds: written.createdArticles.map((a) => a.articleId), annotations: written.createdAnnotations },
        });
      }
      return { ...result, ...written, saved: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
