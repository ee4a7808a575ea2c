import { AppError } from "@/lib/errors/app-error";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CreateAnnotationValues } from "@/lib/validations/annotation";
import type { DbClient } from "@/lib/server/db-client";
import { assertEntitiesUsable } from "@/lib/server/entity/assert-entities-usable";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { lockArticleText } from "@/lib/server/annotation/lock-article-text";
import { validateAnnotationSpan } from "@/lib/server/annotation/validate-annotation-span";
import { assertAnnotationLabels } from "@/lib/server/annotation/assert-annotation-labels";
import { resolveMentionEntityType } from "@/lib/server/annotation/resolve-mention-entity-type";
import { assertMentionLinks } from "@/lib/server/annotation/assert-mention-links";
import { findDefaultStatusId } from "@/lib/server/annotation/find-default-status-id";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import { markAssignmentStarted } from "@/lib/server/assignment/mark-assignment-started";

// The write half of createAnnotation, inside the caller's transaction, so a
// change that also marks a claim (accepting a passage into a cluster) places
// it with the same checks, quote context, audit row and live event. The
// caller has checked the person may create annotations in the project.
export async function insertAnnotation(
  tx: DbClient,
  change: { projectId: string; userId: string; articleId: string; values: CreateAnnotationValues },
): Promise<AnnotationDTO> {
  const { projectId, userId, articleId, values } = change;
  const isClaim = values.kind === "CLAIM";
  const article = await lockArticleText(tx, projectId, articleId);
  if (values.revision !== article.revision) {
    throw new AppError(
      "CONFLICT",
      `The article's text has changed (it is now revision ${article.revision}; these offsets are for revision ${values.revision}). Reload the article and select the text again.`,
    );
  }
  const span = validateAnnotationSpan(article.text, values);

  const links = isClaim ? (values.entities ?? []) : [];
  const entityTypeId = isClaim
    ? null
    : await resolveMentionEntityType(tx, projectId, { entityId: values.entityId ?? null, entityTypeId: values.entityTypeId });
  await assertAnnotationLabels(tx, projectId, { claimTypeId: values.claimTypeId, statusId: values.statusId, entityTypeId });
  await assertEntitiesUsable(tx, projectId, links.map((link, i) => ({ field: `entities[${i}].entityId`, entityId: link.entityId })));
  await assertMentionLinks(tx, projectId, article.id, links);
  const statusId = isClaim ? (values.statusId ?? (await findDefaultStatusId(tx, projectId))) : null;

  const row = await tx.annotation.create({
    data: {
      projectId,
      articleId: article.id,
      revision: article.revision,
      kind: values.kind,
      ...span,
      authorId: userId,
      claimTypeId: isClaim ? (values.claimTypeId ?? null) : null,
      statusId,
      checkWorthiness: isClaim ? (values.checkWorthiness ?? null) : null,
      confidence: isClaim ? (values.confidence ?? null) : null,
      entityId: isClaim ? null : (values.entityId ?? null),
      entityTypeId,
      note: values.note ?? "",
      origin: values.suggestion ? "SUGGESTION" : "HUMAN",
      suggestionSource: values.suggestion?.source ?? null,
      summary: isClaim ? (values.summary ?? "") : "",
      verdictExplanation: isClaim ? (values.verdictExplanation ?? "") : "",
      claimEntities: { create: links.map((link) => ({ entityId: link.entityId, role: link.role, mentionId: link.mentionId })) },
      evidence: {
        create: (isClaim ? (values.evidence ?? []) : []).map((item, position) => ({
          url: item.url,
          title: item.title,
          stance: item.stance,
          note: item.note,
          position,
          createdById: userId,
        })),
      },
    },
    select: annotationDtoSelect,
  });
  const created = toAnnotationDTO(row);
  await recordAnnotationChange(tx, { projectId, actorId: userId, action: "annotation.create", before: null, after: created });
  // A first annotation starts the author's assignment; the caller refreshes
  // the article's state after its commit (refreshArticleStatusAfterCommit).
  await markAssignmentStarted(tx, { projectId, articleId: article.id, userId });
  return created;
}
