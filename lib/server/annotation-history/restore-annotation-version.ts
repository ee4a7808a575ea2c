import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { restoreVersionSchema } from "@/lib/validations/annotation-history";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { findAnnotationForEdit } from "@/lib/server/annotation/find-annotation-for-edit";
import { assertCanEditAnnotation } from "@/lib/server/annotation/assert-can-edit-annotation";
import { annotationConflict } from "@/lib/server/annotation/annotation-conflict";
import { assertAnnotationLabels } from "@/lib/server/annotation/assert-annotation-labels";
import { lockArticleText } from "@/lib/server/annotation/lock-article-text";
import { validateAnnotationSpan } from "@/lib/server/annotation/validate-annotation-span";
import { replaceClaimEntities } from "@/lib/server/annotation/replace-claim-entities";
import { replaceEvidence } from "@/lib/server/annotation/replace-evidence";
import { assertEntitiesUsable } from "@/lib/server/entity/assert-entities-usable";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { findVisibleAnnotation } from "@/lib/server/review/find-visible-annotation";
import { snapshotFieldsSchema } from "@/lib/server/annotation-history/snapshot-fields";
import { restoredLinksAndEvidence } from "@/lib/server/annotation-history/restored-links-and-evidence";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

const changed = (next: string | null | undefined, current: string | null) => (next !== undefined && next !== current ? next : undefined);

// Brings back the content an annotation had after one of its history entries,
// as a new edit: same permission as editing (reviewers, owners, the author),
// guarded by the version the person saw (409 with the current state), audited
// as "annotation.restoreVersion" and announced as an update. The review state
// is not restored (decisions are not content). The span moves back only on
// the same article revision; after a text correction the current span stays.
export async function restoreAnnotationVersion(access: ProjectAccess, annotationId: string, input: unknown): Promise<AnnotationDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const input_ = parseInput(restoreVersionSchema, input, "Send { entryId, version }.");
  const { entryId, version } = input_;
  const { project } = access;

  return transaction(async (tx) => {
    await findVisibleAnnotation(access, userId, annotationId, tx);
    const stored = await findAnnotationForEdit(tx, access, annotationId);
    assertCanEditAnnotation(access.role, userId, stored.authorId);
    if (stored.version !== version || stored.deletedAt) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    const entry = await tx.auditLog.findFirst({
      where: { id: BigInt(entryId), projectId: project.id, entityType: "Annotation", entityId: annotationId },
      select: { action: true, after: true },
    });
    if (!entry) throw new AppError("NOT_FOUND", "History entry not found.");
    const snapshot = snapshotFieldsSchema.safeParse(entry.after);
    if (!snapshot.success || entry.action === "annotation.delete") throw new AppError("BAD_REQUEST", "That history entry holds no version to restore.");
    const s = snapshot.data;

    const data: Prisma.AnnotationUncheckedUpdateManyInput = {};
    const article = await lockArticleText(tx, project.id, stored.articleId);
    if (s.revision === article.revision && (s.start !== stored.start || s.end !== stored.end)) {
      Object.assign(data, validateAnnotationSpan(article.text, s), { revision: article.revision, anchorState: "ANCHORED" });
    }
    if (s.note !== undefined) data.note = s.note;
    if (s.summary !== undefined) data.summary = s.summary;
    if (s.verdictExplanation !== undefined) data.verdictExplanation = s.verdictExplanation;
    if (stored.kind === "CLAIM") {
      await assertAnnotationLabels(tx, project.id, { claimTypeId: changed(s.claimTypeId, stored.claimTypeId), statusId: changed(s.statusId, stored.statusId) });
      if (s.claimTypeId !== undefined) data.claimTypeId = s.claimTypeId;
      if (s.statusId !== undefined) data.statusId = s.statusId;
      if (s.checkWorthiness !== undefined) data.checkWorthiness = s.checkWorthiness;
      if (s.confidence !== undefined) data.confidence = s.confidence;
    } else {
      await assertAnnotationLabels(tx, project.id, { entityTypeId: changed(s.entityTypeId, stored.entityTypeId) });
      const entityId = changed(s.entityId, stored.entityId);
      if (entityId) await assertEntitiesUsable(tx, project.id, [{ field: "entityId", entityId }]);
      if (s.entityId !== undefined) data.entityId = s.entityId;
      if (s.entityTypeId !== undefined) data.entityTypeId = s.entityTypeId;
    }

    const written = await tx.annotation.updateMany({
      where: { id: annotationId, projectId: project.id, version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (written.count !== 1) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    if (stored.kind === "CLAIM") {
      const { links, evidence } = await restoredLinksAndEvidence(tx, project.id, stored, s);
      if (links) await replaceClaimEntities(tx, annotationId, links);
      if (evidence) await replaceEvidence(tx, annotationId, userId, evidence);
    }

    const after = await findAnnotationDTO(tx, project.id, annotationId);
    if (!after) throw new Error(`Annotation ${annotationId} vanished inside the transaction that restored it.`);
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: "annotation.restoreVersion",
      entityType: "Annotation",
      entityId: annotationId,
      before: toAnnotationDTO(stored),
      after: { ...after, restoredFromVersion: s.version },
    });
    await recordEvent(tx, {
      projectId: project.id,
      articleId: after.articleId,
      type: "annotation.updated",
      actorId: userId,
      payload: { annotationId, version: after.version },
    });
    return after;
  });
}
