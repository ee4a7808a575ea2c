import { AppError } from "@/lib/errors/app-error";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { resolveGoldGroupSchema } from "@/lib/validations/adjudication";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { validateAnnotationSpan } from "@/lib/server/annotation/validate-annotation-span";
import { assertAnnotationLabels } from "@/lib/server/annotation/assert-annotation-labels";
import { resolveMentionEntityType } from "@/lib/server/annotation/resolve-mention-entity-type";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { recordEvent } from "@/lib/server/event/record-event";
import { openGoldGroup } from "@/lib/server/adjudication/open-gold-group";
import { retireGoldAnnotations } from "@/lib/server/adjudication/retire-gold-annotations";
import { createGoldAnnotation } from "@/lib/server/adjudication/create-gold-annotation";
import { mergeGoldValues } from "@/lib/server/adjudication/merge-gold-values";
import type { GoldFieldsInput, GoldSpan } from "@/lib/server/adjudication/gold-types";
import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

export type ResolveGoldGroupResult = { gold: AnnotationDTO | null };

// Decides one group of the article's gold layer: take a version into gold
// (pick one annotator's, merge span and fields of two, or write a new one) or
// leave the whole group out. Deciding again replaces the earlier decision
// (its gold annotation is soft-deleted, so it stays in the history). Reviewers
// and owners only; one transaction with the audit rows and feed events.
export async function resolveGoldGroup(access: ProjectAccess, articleId: string, input: unknown): Promise<ResolveGoldGroupResult> {
  assertCan(access, "gold.adjudicate");
  const { project, userId } = access;
  const data = parseInput(resolveGoldGroupSchema, input, "Invalid decision.");
  const decision = data;

  return transaction(async (tx) => {
    const { article, board, group } = await openGoldGroup(tx, project.id, articleId, decision.groupKey);
    const members = group.spans.flatMap((span) => (span ? [span] : []));
    const memberIds = members.map((m) => m.id);
    const member = (field: string, id: string) => {
      const found = members.find((m) => m.id === id);
      if (!found) throw new AppError("BAD_REQUEST", `${field}.from must be one of this group's annotations.`);
      return found;
    };

    // Validate the new decision before undoing the old one, so a refused
    // decision changes nothing.
    let gold: Parameters<typeof createGoldAnnotation>[2] | null = null;
    let provenance: { adjudicatedFromId: string; fieldsFromId: string | null } | null = null;
    if (decision.decision === "gold") {
      const spanSource = "from" in decision.span ? member("span", decision.span.from) : null;
      const span: GoldSpan = spanSource ?? validateAnnotationSpan(article.text, decision.span as { start: number; end: number; exact: string });
      let fields: Parameters<typeof mergeGoldValues>[2];
      if ("from" in decision.fields) fields = member("fields", decision.fields.from);
      else {
        const typed: GoldFieldsInput = decision.fields;
        if (group.kind === "CLAIM") await assertAnnotationLabels(tx, project.id, { claimTypeId: typed.claimTypeId, statusId: typed.statusId });
        else {
          const entityTypeId = await resolveMentionEntityType(tx, project.id, { entityId: typed.entityId ?? null, entityTypeId: typed.entityTypeId });
          await assertAnnotationLabels(tx, project.id, { entityTypeId });
          fields = { ...typed, entityTypeId };
        }
        fields ??= typed;
      }
      gold = mergeGoldValues(group.kind as AnnotationKind, span, fields);
      const fieldsFromId = "id" in fields ? fields.id : null;
      provenance = { adjudicatedFromId: fieldsFromId ?? spanSource?.id ?? memberIds[0]!, fieldsFromId };
    }

    if (group.resolution.state === "gold") await retireGoldAnnotations(tx, project.id, userId, group.resolution.goldIds);
    const others = article.goldExcludedIds.filter((id) => !memberIds.includes(id));
    const excluded = decision.decision === "exclude" ? [...others, ...memberIds] : others;
    if (excluded.length !== article.goldExcludedIds.length || decision.decision === "exclude") {
      await tx.article.update({ where: { id: article.id }, data: { goldExcludedIds: excluded } });
    }

    let created: AnnotationDTO | null = null;
    if (gold && provenance) {
      const goldOfMention = new Map(board.golds.filter((g) => g.kind === "ENTITY_MENTION" && g.adjudicatedFromId).map((g) => [g.adjudicatedFromId!, g.id]));
      created = await createGoldAnnotation(tx, { projectId: project.id, articleId: article.id, revision: article.revision, actorId: userId }, gold, { ...provenance, goldOfMention });
    }
    await writeAuditLog(tx, {
      projectId: project.id,
      actorId: userId,
      action: decision.decision === "gold" ? "gold.resolve" : "gold.exclude",
      entityType: "Article",
      entityId: article.id,
      before: { groupKey: group.key, resolution: group.resolution },
      after: { groupKey: group.key, decision: decision.decision, sourceIds: memberIds, goldId: created?.id ?? null, span: decision.decision === "gold" ? decision.span : null, fields: decision.decision === "gold" ? decision.fields : null },
    });
    await refreshArticleStatus(tx, article.id);
    await recordEvent(tx, { projectId: project.id, articleId: article.id, type: "article.adjudicated", actorId: userId, payload: { articleId: article.id, groupKey: group.key, decision: decision.decision } });
    return { gold: created };
  });
}
