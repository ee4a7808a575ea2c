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
import { lockArticleText } from "@/lib/server/annotation/lock-article-text";
import { carryAnnotationForward } from "@/lib/server/article/carry-annotation-forward";
import { refreshArticleStatusAfterCommit } from "@/lib/server/article/refresh-article-status";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// Undoes a soft delete, under the same permission and version rules. If the
// article's text was corrected since the delete, the annotation is re-anchored
// onto the current text the way the correction would have done (or comes back
// orphaned for a human to re-attach), so it reappears in the editor.
export async function restoreAnnotation(access: ProjectAccess, annotationId: string, input: unknown): Promise<AnnotationDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const { project, role } = access;
  const data = parseInput(annotationVersionSchema, input, "Send the version you saw.");
  const { version } = data;

  const restored = await transaction(async (tx) => {
    const stored = await findAnnotationForEdit(tx, access, annotationId);
    assertCanEditAnnotation(role, userId, stored.authorId);
    // Article row first (as text corrections lock it), then the annotation.
    const current = await lockArticleText(tx, project.id, stored.articleId);
    const placement = await carryAnnotationForward(tx, current, { ...stored, id: annotationId });
    const written = await tx.annotation.updateMany({
      where: { id: annotationId, projectId: project.id, version, deletedAt: { not: null } },
      data: { ...(placement?.data ?? {}), deletedAt: null, deletedById: null, version: { increment: 1 } },
    });
    if (written.count !== 1) throw await annotationConflict(tx, project.id, annotationId, version, "deleted");
    const after = await findAnnotationDTO(tx, project.id, annotationId);
    if (!after) throw new Error(`Annotation ${annotationId} vanished inside the transaction that restored it.`);
    await recordAnnotationChange(tx, { projectId: project.id, actorId: userId, action: "annotation.restore", before: toAnnotationDTO(stored), after });
    return after;
  });
  // After the commit (refreshing inside would deadlock; see refreshArticleStatus).
  await refreshArticleStatusAfterCommit(restored.articleId);
  return restored;
}
