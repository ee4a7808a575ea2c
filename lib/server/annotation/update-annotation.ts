import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { annotationKindRuleError, updateAnnotationSchema } from "@/lib/validations/annotation";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { assertEntitiesUsable } from "@/lib/server/entity/assert-entities-usable";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";
import { findAnnotationForEdit } from "@/lib/server/annotation/find-annotation-for-edit";
import { assertCanEditAnnotation } from "@/lib/server/annotation/assert-can-edit-annotation";
import { annotationConflict } from "@/lib/server/annotation/annotation-conflict";
import { lockArticleText } from "@/lib/server/annotation/lock-article-text";
import { validateAnnotationSpan } from "@/lib/server/annotation/validate-annotation-span";
import { assertAnnotationLabels } from "@/lib/server/annotation/assert-annotation-labels";
import { resolveMentionEntityType } from "@/lib/server/annotation/resolve-mention-entity-type";
import { assertMentionLinks } from "@/lib/server/annotation/assert-mention-links";
import { replaceClaimEntities } from "@/lib/server/annotation/replace-claim-entities";
import { replaceEvidence } from "@/lib/server/annotation/replace-evidence";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// The id to check when a field is being set to a new label; unchanged ids are
// not re-checked, so an annotation keeps a label archived after it was chosen.
function newlySet(next: string | null | undefined, current: string | null): string | null | undefined {
  return next !== undefined && next !== current ? next : undefined;
}

// Applies an edit made on `version`. The write's WHERE clause carries the
// version, so of two edits made on the same version exactly one lands; the
// other gets CONFLICT with the stored state. A moved span is checked like a
// new one and placed on the article's current revision (which is also how an
// orphaned annotation is put back on the text).
export async function updateAnnotation(
  access: ProjectAccess,
  annotationId: string,
  input: unknown,
): Promise<AnnotationDTO> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const { project, role } = access;
  const input_ = parseInput(updateAnnotationSchema, input, "Invalid change.");
  const { version, ...changes } = input_;

  return transaction(async (tx) => {
    const stored = await findAnnotationForEdit(tx, access, annotationId);
    assertCanEditAnnotation(role, userId, stored.authorId);
    if (changes.textChangedAfterVerdict !== undefined && !can(role, "reviews.decide")) {
      throw new AppError("FORBIDDEN", "Only reviewers and owners can confirm that a verdict still holds after the text changed.");
    }
    // Checked again by the write below; failing early answers with the stored
    // state instead of validating the edit against a state the user never saw.
    if (stored.version !== version || stored.deletedAt) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    const before = toAnnotationDTO(stored);
    if (Object.values(changes).every((value) => value === undefined)) return before;

    const kindError = annotationKindRuleError(stored.kind, changes);
    if (kindError) throw new AppError("BAD_REQUEST", kindError);
    const data: Prisma.AnnotationUncheckedUpdateManyInput = {};

    const { start, end, exact } = changes;
    if (start !== undefined && end !== undefined && exact !== undefined) {
      const article = await lockArticleText(tx, project.id, stored.articleId);
      const span = validateAnnotationSpan(article.text, { start, end, exact, prefix: changes.prefix, suffix: changes.suffix });
      Object.assign(data, span, { revision: article.revision, anchorState: "ANCHORED" });
    }

    if (stored.kind === "CLAIM") {
      await assertAnnotationLabels(tx, project.id, {
        claimTypeId: newlySet(changes.claimTypeId, stored.claimTypeId),
        statusId: newlySet(changes.statusId, stored.statusId),
      });
      if (changes.entities) {
        const linked = stored.claimEntities;
        const isLinked = (entityId: string) => linked.some((l) => l.entityId === entityId);
        const isSame = (l: { entityId: string; role: string; mentionId: string | null }) =>
          linked.some((k) => k.entityId === l.entityId && k.role === l.role && k.mentionId === l.mentionId);
        await assertEntitiesUsable(
          tx,
          project.id,
          changes.entities.flatMap((link, i) => (isLinked(link.entityId) ? [] : [{ field: `entities[${i}].entityId`, entityId: link.entityId }])),
        );
        // Links kept exactly as they were are not re-checked.
        await assertMentionLinks(tx, project.id, stored.articleId, changes.entities.map((l) => (isSame(l) ? { ...l, mentionId: null } : l)));
      }
      if (changes.claimTypeId !== undefined) data.claimTypeId = changes.claimTypeId;
      if (changes.statusId !== undefined) data.statusId = changes.statusId;
      if (changes.checkWorthiness !== undefined) data.checkWorthiness = changes.checkWorthiness;
      if (changes.confidence !== undefined) data.confidence = changes.confidence;
      if (changes.textChangedAfterVerdict !== undefined) data.textChangedAfterVerdict = changes.textChangedAfterVerdict;
    } else if (changes.entityId !== undefined || changes.entityTypeId !== undefined) {
      const entityId = changes.entityId !== undefined ? changes.entityId : stored.entityId;
      // No type sent: a newly linked entity brings its own; unlinking keeps the mention's.
      const typeSent = changes.entityTypeId !== undefined ? changes.entityTypeId : entityId ? undefined : stored.entityTypeId;
      const entityTypeId = await resolveMentionEntityType(tx, project.id, { entityId, entityTypeId: typeSent });
      await assertAnnotationLabels(tx, project.id, { entityTypeId: newlySet(entityTypeId, stored.entityTypeId) });
      data.entityId = entityId;
      data.entityTypeId = entityTypeId;
    }
    if (changes.note !== undefined) data.note = changes.note;
    if (changes.summary !== undefined) data.summary = changes.summary;
    if (changes.verdictExplanation !== undefined) data.verdictExplanation = changes.verdictExplanation;

    const written = await tx.annotation.updateMany({
      where: { id: annotationId, projectId: project.id, version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (written.count !== 1) throw await annotationConflict(tx, project.id, annotationId, version, "live");
    if (stored.kind === "CLAIM" && changes.entities) await replaceClaimEntities(tx, annotationId, changes.entities);
    if (stored.kind === "CLAIM" && changes.evidence) await replaceEvidence(tx, annotationId, userId, changes.evidence);

    const after = await findAnnotationDTO(tx, project.id, annotationId);
    if (!after) throw new Error(`Annotation ${annotationId} vanished inside the transaction that updated it.`);
    await recordAnnotationChange(tx, { projectId: project.id, actorId: userId, action: "annotation.update", before, after });
    return after;
  });
}
