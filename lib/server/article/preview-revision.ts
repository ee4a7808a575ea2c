import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnnotationKindDTO } from "@/lib/annotations/annotation-dto";
import { reviseArticleTextSchema } from "@/lib/validations/article-revision";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { findRevisionAnnotations } from "@/lib/server/article/find-revision-annotations";
import { planReanchoring } from "@/lib/server/article/plan-reanchoring";
import { staleRevisionError } from "@/lib/server/article/stale-revision-error";
import { summarizeTextEdits, type TextEditSummary } from "@/lib/server/article/summarize-text-edits";
import { parseInput } from "@/lib/validations/parse-input";

export type PreviewAnnotation = {
  id: string;
  kind: AnnotationKindDTO;
  author: string;
  // The quote as stored now (for an orphan: the words to re-attach).
  exact: string;
  // kept: same words; changed: placed on a small edit of them (`newExact`);
  // orphaned: cannot be placed (`reason`).
  outcome: "kept" | "changed" | "orphaned";
  newExact?: string;
  // A claim with a verdict whose words change: it will be flagged for review.
  flagged?: boolean;
  reason?: string;
  alreadyOrphaned?: boolean;
};

export type RevisionPreview = {
  baseRevision: number;
  // The text equals the current one: there is nothing to save.
  unchanged: boolean;
  characters: number;
  edits: TextEditSummary;
  // anchored: placed on the new text, `changed` ones included (as in RevisionResult).
  counts: { total: number; anchored: number; changed: number; flagged: number; orphaned: number };
  // Changed and orphaned annotations all; kept ones up to KEPT_SHOWN.
  annotations: PreviewAnnotation[];
};

const KEPT_SHOWN = 300;

/**
 * What saving a correction would do, without writing anything: the same
 * validation, permission and revision checks as `reviseArticleText`, and the
 * same reanchoring plan over the annotations as they are now, so the owner
 * sees "12 kept, 2 will need re-attaching" before saving. Annotations may
 * still change before the save; the save re-plans under its locks.
 */
export async function previewRevision(access: ProjectAccess, articleId: string, input: unknown): Promise<RevisionPreview> {
  assertCan(access, "articles.editText");
  const { project } = access;
  const data = parseInput(reviseArticleTextSchema, input, "Invalid correction.");
  const { baseRevision, text } = data;
  const article = await db.article.findFirst({
    where: { id: articleId, projectId: project.id, deletedAt: null },
    select: { id: true, text: true, revision: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  if (article.revision !== baseRevision) throw staleRevisionError(article.revision, baseRevision);

  const annotations = await findRevisionAnnotations(db, project.id, article.id, article.revision, { lock: false });
  const characters = Array.from(text).length;
  if (article.text === text) {
    const orphaned = annotations.filter((a) => a.anchorState === "ORPHANED").length;
    return {
      baseRevision,
      unchanged: true,
      characters,
      edits: { changes: 0, insertedCharacters: 0, deletedCharacters: 0, shown: [] },
      counts: { total: annotations.length, anchored: annotations.length - orphaned, changed: 0, flagged: 0, orphaned },
      annotations: [],
    };
  }

  const plan = planReanchoring(article.text, text, annotations);
  const items = annotations.map((row, i): PreviewAnnotation => {
    const p = plan.plans[i];
    const base = { id: row.id, kind: row.kind, author: row.author.name, exact: row.exact };
    if (p === undefined || p.status === "orphaned") {
      return { ...base, outcome: "orphaned", reason: p?.reason ?? "not planned", alreadyOrphaned: p?.alreadyOrphaned ?? false };
    }
    if (!p.textChanged) return { ...base, outcome: "kept" };
    return { ...base, outcome: "changed", newExact: p.exact, flagged: p.flagVerdict };
  });
  const count = (outcome: PreviewAnnotation["outcome"]) => items.filter((item) => item.outcome === outcome).length;
  let keptShown = 0;
  return {
    baseRevision,
    unchanged: false,
    characters,
    edits: summarizeTextEdits(plan.oldIndex, plan.newIndex, plan.edits),
    counts: {
      total: items.length,
      anchored: count("kept") + count("changed"),
      changed: count("changed"),
      flagged: items.filter((item) => item.flagged).length,
      orphaned: count("orphaned"),
    },
    annotations: items.filter((item) => item.outcome !== "kept" || keptShown++ < KEPT_SHOWN),
  };
}
