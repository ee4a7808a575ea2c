import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { planReanchoring, type AnnotationPlan } from "@/lib/server/article/plan-reanchoring";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

export type StoredPlacement = {
  revision: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: "ANCHORED" | "ORPHANED";
  kind: AnnotationKind;
  statusId: string | null;
};

export type CarriedPlacement = { data: Prisma.AnnotationUncheckedUpdateInput; plan: AnnotationPlan };

/**
 * For restoring an annotation that was soft-deleted on an older revision:
 * text corrections leave deleted annotations where they were, so on restore
 * it is re-anchored from its revision's text (kept in ArticleRevision) onto
 * the current text, the way a correction would have done. Returns the fields
 * to write with the restore, or null when it is already on the current
 * revision. Call inside the restore's transaction after `lockArticleText`,
 * which supplies `current` and keeps the text from changing meanwhile.
 */
export async function carryAnnotationForward(
  tx: DbClient,
  current: { id: string; text: string; revision: number },
  annotation: StoredPlacement & { id: string },
): Promise<CarriedPlacement | null> {
  if (annotation.revision === current.revision) return null;
  const [old, status] = await Promise.all([
    tx.articleRevision.findUnique({
      where: { articleId_revision: { articleId: current.id, revision: annotation.revision } },
      select: { text: true },
    }),
    annotation.kind === "CLAIM" && annotation.statusId
      ? tx.label.findUnique({ where: { id: annotation.statusId }, select: { rating: true } })
      : Promise.resolve(null),
  ]);
  // Without its revision's text the stored offsets mean nothing; only the quote can place it.
  const input = { ...annotation, anchorState: old ? annotation.anchorState : ("ORPHANED" as const), hasVerdict: status?.rating != null };
  const [plan] = planReanchoring(old?.text ?? "", current.text, [input]).plans;
  if (plan === undefined) throw new Error(`No reanchoring plan for annotation ${annotation.id}.`);
  if (plan.status === "orphaned") return { data: { revision: current.revision, anchorState: "ORPHANED" }, plan };
  return {
    data: {
      revision: current.revision,
      anchorState: "ANCHORED",
      start: plan.start,
      end: plan.end,
      exact: plan.exact,
      prefix: plan.prefix,
      suffix: plan.suffix,
      ...(plan.flagVerdict ? { textChangedAfterVerdict: true } : {}),
    },
    plan,
  };
}
