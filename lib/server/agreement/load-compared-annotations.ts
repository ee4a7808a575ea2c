import type { DbClient } from "@/lib/server/db-client";
import { comparedAnnotationSelect, type ComparedAnnotation } from "@/lib/server/agreement/compared-annotation-select";

export type ComparedArticle = {
  id: string;
  title: string;
  goldCompletedAt: Date | null;
  annotations: ComparedAnnotation[];
  /** Authors of its annotations, plus anyone who submitted an assignment on it with none ("nothing to mark here"). */
  coderIds: string[];
  /** How many of `annotations` started as accepted machine suggestions (left out when excluded). */
  fromSuggestions: number;
};

export type ComparedOptions = {
  /**
   * Leave out annotations that began as accepted suggestions: two people
   * accepting the same machine suggestion agree with the machine, not
   * necessarily with each other.
   */
  excludeSuggestions?: boolean;
};

// The annotators' work that agreement is measured on: live (not deleted), not
// gold (the adjudicated layer is the answer, not a coder), anchored on the
// article's current text (orphans wait for a human and have no valid offsets).
export async function loadComparedAnnotations(
  tx: DbClient,
  projectId: string,
  articleIds?: readonly string[],
  options: ComparedOptions = {},
): Promise<ComparedArticle[]> {
  const articles = await tx.article.findMany({
    where: { projectId, deletedAt: null, ...(articleIds ? { id: { in: [...articleIds] } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, revision: true, goldCompletedAt: true },
  });
  const ids = articles.map((article) => article.id);
  const [annotations, submitted] = await Promise.all([
    tx.annotation.findMany({
      where: { projectId, articleId: { in: ids }, deletedAt: null, isGold: false, anchorState: "ANCHORED" },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: { ...comparedAnnotationSelect, revision: true, origin: true },
    }),
    tx.assignment.findMany({ where: { projectId, articleId: { in: ids }, status: "SUBMITTED" }, select: { articleId: true, userId: true } }),
  ]);
  return articles.map((article) => {
    const current = annotations.filter((a) => a.articleId === article.id && a.revision === article.revision);
    const fromSuggestions = current.filter((a) => a.origin === "SUGGESTION").length;
    const own = current
      .filter((a) => !(options.excludeSuggestions && a.origin === "SUGGESTION"))
      .map(({ revision: _revision, origin: _origin, ...a }) => a);
    const coders = new Set(current.map((a) => a.authorId));
    for (const assignment of submitted) if (assignment.articleId === article.id) coders.add(assignment.userId);
    return { id: article.id, title: article.title, goldCompletedAt: article.goldCompletedAt, annotations: own, coderIds: [...coders], fromSuggestions };
  });
}
