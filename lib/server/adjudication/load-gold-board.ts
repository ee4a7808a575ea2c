import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { groupAnnotationUnits, type AnnotationUnit } from "@/lib/metrics/group-annotation-units";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { loadComparedAnnotations } from "@/lib/server/agreement/load-compared-annotations";
import { loadCoderNames, type Coder } from "@/lib/server/agreement/load-coder-names";
import type { ComparedAnnotation } from "@/lib/server/agreement/compared-annotation-select";
import { resolveUnit } from "@/lib/server/adjudication/resolve-unit";
import type { GoldResolution } from "@/lib/server/adjudication/gold-types";

export type GoldGroup = AnnotationUnit<ComparedAnnotation> & { resolution: GoldResolution };
export type GoldAnnotation = AnnotationDTO & { adjudicatedFromId: string | null };

export type GoldBoard = {
  coders: Coder[];
  groups: GoldGroup[];
  /** Live gold annotations on the current text, in reading order. */
  golds: GoldAnnotation[];
  /** Gold annotations whose source no longer belongs to any group (deleted or moved since). */
  strayGoldIds: string[];
  progress: { resolved: number; total: number };
};

// The adjudicator's to-do list for one article: the annotators' work grouped
// into units (lib/metrics/group-annotation-units.ts), each with where it
// stands, and the gold layer built so far.
export async function loadGoldBoard(
  tx: DbClient,
  projectId: string,
  article: { id: string; revision: number; goldExcludedIds: readonly string[] },
): Promise<GoldBoard> {
  const [[compared], goldRows] = await Promise.all([
    loadComparedAnnotations(tx, projectId, [article.id]),
    tx.annotation.findMany({
      where: { projectId, articleId: article.id, revision: article.revision, isGold: true, deletedAt: null },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: { ...annotationDtoSelect, adjudicatedFromId: true },
    }),
  ]);
  const golds = goldRows.map((row) => ({ ...toAnnotationDTO(row), adjudicatedFromId: row.adjudicatedFromId }));
  const coders = await loadCoderNames(tx, compared?.coderIds ?? []);
  const excluded = new Set(article.goldExcludedIds);
  const groups = groupAnnotationUnits(compared?.annotations ?? [], coders.map((c) => c.id)).map((unit) => ({
    ...unit,
    resolution: resolveUnit(unit.spans.flatMap((span) => (span ? [span.id] : [])), golds, excluded),
  }));
  const placed = new Set(groups.flatMap((g) => (g.resolution.state === "gold" ? g.resolution.goldIds : [])));
  return {
    coders,
    groups,
    golds,
    strayGoldIds: golds.filter((gold) => !placed.has(gold.id)).map((gold) => gold.id),
    progress: { resolved: groups.filter((g) => g.resolution.state !== "open").length, total: groups.length },
  };
}
