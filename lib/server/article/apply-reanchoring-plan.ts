import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import type { RevisionAnnotationRow } from "@/lib/server/article/find-revision-annotations";
import type { AnnotationPlan, KeptPlan, ReanchoringPlan } from "@/lib/server/article/plan-reanchoring";

export type ReanchoringOutcome = {
  // Annotations placed on the new text (including `changed` ones).
  anchored: number;
  // ...of which the words under them changed (a fuzzy match).
  changed: number;
  // ...of which are claims with a verdict, now flagged "text changed after verdict".
  flagged: number;
  // Annotations that could not be placed (newly, or still) and wait for a human
  // to re-attach them; `exact` is their last quote.
  orphaned: Array<{ id: string; exact: string; reason: string }>;
};

// Postgres takes at most 65,535 bind parameters per statement; a moved
// annotation takes 7.
const CHUNK = 1_000;

/**
 * Writes a reanchoring plan inside a text correction's transaction, whose
 * locks make the plain writes below safe: every annotation moves to
 * `revision` with its version bumped. Placed ones get their new offsets and
 * quote (and the verdict flag when the words under a verdict changed; an
 * existing flag is never cleared here). Orphaned ones keep the offsets and
 * quote of the text they were last placed on, so the list of orphans can
 * show what to re-attach. Writes go in bulk, a statement per thousand rows:
 * a correction near the top of a long article moves every annotation below.
 *
 * Each annotation gets an "annotation.reanchor" audit row: before/after as
 * the API shows them, and after.reanchor saying how it was placed or why not.
 * The feed gets one "article.revised" event from the caller, not one per
 * annotation: an open editor reloads the article's annotations on it.
 */
export async function applyReanchoringPlan(
  tx: DbClient,
  input: { projectId: string; actorId: string; revision: number; annotations: readonly RevisionAnnotationRow[]; plan: ReanchoringPlan },
): Promise<ReanchoringOutcome> {
  const { projectId, actorId, revision, annotations, plan } = input;
  const unmoved: string[] = [];
  const orphans: string[] = [];
  const moved: KeptPlan[] = [];
  for (const p of plan.plans) {
    if (p.status === "orphaned") orphans.push(p.id);
    else if (p.samePlace) unmoved.push(p.id);
    else moved.push(p);
  }
  const now = new Date();
  for (const rows of chunks(moved)) {
    const values = Prisma.join(
      rows.map((p) => Prisma.sql`(${p.id}, ${p.start}::int, ${p.end}::int, ${p.exact}, ${p.prefix}, ${p.suffix}, ${p.flagVerdict}::boolean)`),
    );
    await tx.$executeRaw`
      UPDATE "Annotation" AS a
      SET start = v.start, "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix,
          revision = ${revision}, "anchorState" = 'ANCHORED'::"AnchorState", version = a.version + 1,
          "textChangedAfterVerdict" = a."textChangedAfterVerdict" OR v.flag,
          -- The driver sends a Date as UTC wall time without a zone, which is how
          -- Prisma stores @updatedAt; a timestamptz cast would shift it by the session's zone.
          "updatedAt" = ${now}::timestamp
      FROM (VALUES ${values}) AS v(id, start, "end", exact, prefix, suffix, flag)
      WHERE a.id = v.id`;
  }
  for (const ids of chunks(unmoved)) {
    await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { revision, anchorState: "ANCHORED", version: { increment: 1 } } });
  }
  for (const ids of chunks(orphans)) {
    await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { revision, anchorState: "ORPHANED", version: { increment: 1 } } });
  }

  const before = new Map(annotations.map((row) => [row.id, toAnnotationDTO(row)]));
  const planOf = new Map(plan.plans.map((p) => [p.id, p]));
  for (const ids of chunks(plan.plans.map((p) => p.id))) {
    const rows = await tx.annotation.findMany({ where: { id: { in: ids } }, select: annotationDtoSelect });
    await tx.auditLog.createMany({
      data: rows.map((row) => ({
        projectId,
        actorId,
        action: "annotation.reanchor",
        entityType: "Annotation",
        entityId: row.id,
        before: before.get(row.id) as unknown as Prisma.InputJsonValue,
        after: { ...toAnnotationDTO(row), reanchor: describePlan(planOf.get(row.id)) } as unknown as Prisma.InputJsonValue,
      })),
    });
  }

  const kept = plan.plans.filter((p) => p.status === "anchored");
  const exactOf = new Map(annotations.map((row) => [row.id, row.exact]));
  return {
    anchored: kept.length,
    changed: kept.filter((p) => p.textChanged).length,
    flagged: kept.filter((p) => p.flagVerdict).length,
    orphaned: plan.plans.flatMap((p) => (p.status === "orphaned" ? [{ id: p.id, exact: exactOf.get(p.id) ?? "", reason: p.reason }] : [])),
  };
}

function describePlan(p: AnnotationPlan | undefined) {
  if (p === undefined) return null;
  if (p.status === "orphaned") return { status: p.status, reason: p.reason, alreadyOrphaned: p.alreadyOrphaned };
  return { status: p.status, method: p.method, textChanged: p.textChanged, flagged: p.flagVerdict };
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
