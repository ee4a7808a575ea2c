import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { annotationVersionSchema } from "@/lib/validations/annotation";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { findAnnotationForEdit } from "@/lib/server/annotation/find-annotation-for-edit";
import { assertCanEditAnnotation } from "@/lib/server/annotation/assert-can-edit-annotation";
import { annotationConflict } from "@/lib/server/annotation/annotation-conflict";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import { refreshArticleStatusAfterCommit } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Soft delete: the row stays (restorable, audited) with deletedAt and who
// deleted it. Guarded by version like an edit, so nobody deletes a state they
// have not seen.
export async function deleteAnnotation(access: ProjectAccess, annotationId: string, input: unknown): Promise<AnnotationDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const { project, role } = access;
  const data = parseInput(annotationVersionSchema, input, "Send the version you saw.");
  const { version } = data;

  const deleted = await transaction(async (tx) => {
    const stored = await findAnnotationForEdit(tx, access, annotationId);
    assertCanEditAnnotation(role, userId, stored.authorId);
    const written = await tx.annotation.updateMany({
      where: { id: annotationId, projectId: project.id, version, deletedAt: null },
      data: { deletedAt: new Date(), deletedById: userId, version: { increment: 1 } },
    });
    if (written.count !== 1) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    const after = await findAnnotationDTO(tx, project.id, annotationId);
    if (!after) throw new Error(`Annotation ${annotationId} vanished inside the transaction that deleted it.`);
    await recordAnnotationChange(tx, { projectId: project.id, actorId: userId, action: "annotation.delete", before: toAnnotationDTO(stored), after });
    return after;
  });
  // After the commit (refreshing inside would deadlock; see refreshArticleStatus).
  await refreshArticleStatusAfterCommit(deleted.articleId);
  return deleted;
}
