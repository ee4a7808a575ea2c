import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotationSchema } from "@/lib/validations/annotation";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
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

// Places a claim or an entity mention on the article's current text. The
// annotation, its evidence and entity links, the audit row and the feed event
// are written together or not at all.
export async function createAnnotation(
  userId: string,
  projectSlug: string,
  articleId: string,
  input: unknown,
): Promise<AnnotationDTO> {
  const { project } = await requireProjectAccess(userId, projectSlug, "annotations.create");
  const parsed = createAnnotationSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid annotation.", parsed.error.issues);
  }
  const values = parsed.data;
  const isClaim = values.kind === "CLAIM";

  return db.$transaction(async (tx) => {
    const article = await lockArticleText(tx, project.id, articleId);
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
      : await resolveMentionEntityType(tx, project.id, { entityId: values.entityId ?? null, entityTypeId: values.entityTypeId });
    await assertAnnotationLabels(tx, project.id, { claimTypeId: values.claimTypeId, statusId: values.statusId, entityTypeId });
    await assertEntitiesUsable(tx, project.id, links.map((link, i) => ({ field: `entities[${i}].entityId`, entityId: link.entityId })));
    await assertMentionLinks(tx, project.id, article.id, links);
    const statusId = isClaim ? (values.statusId ?? (await findDefaultStatusId(tx, project.id))) : null;

    const row = await tx.annotation.create({
      data: {
        projectId: project.id,
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
    await recordAnnotationChange(tx, { projectId: project.id, actorId: userId, action: "annotation.create", before: null, after: created });
    // A first annotation starts the author's assignment and the article's work.
    await markAssignmentStarted(tx, { projectId: project.id, articleId: article.id, userId });
    return created;
  });
}
