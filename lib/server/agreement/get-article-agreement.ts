import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { measureAgreement } from "@/lib/metrics/measure-agreement";
import { scoreAgreement, type AgreementScores } from "@/lib/metrics/score-agreement";
import { groupAnnotationUnits, type AnnotationUnit } from "@/lib/metrics/group-annotation-units";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { loadComparedAnnotations } from "@/lib/server/agreement/load-compared-annotations";
import { toAgreementSpans } from "@/lib/server/agreement/to-agreement-spans";
import { loadCoderNames, type Coder } from "@/lib/server/agreement/load-coder-names";
import { loadDisplayNames, type DisplayNames } from "@/lib/server/agreement/load-display-names";
import { canSeeColleaguesWork } from "@/lib/server/agreement/can-see-colleagues-work";
import type { ComparedAnnotation } from "@/lib/server/agreement/compared-annotation-select";

export type ArticleAgreement = {
  article: { id: string; title: string };
  /** Sorted by name; `units[].spans` follow this order. */
  coders: Coder[];
  scores: AgreementScores;
  units: Array<AnnotationUnit<ComparedAnnotation>>;
  names: DisplayNames;
};

// One article's agreement and the side-by-side comparison of its annotators'
// work. Any member may see it, except an annotator in a blind project who has
// not submitted their own work on the article yet (FORBIDDEN, with why).
export async function getArticleAgreement(access: ProjectAccess, articleId: string): Promise<ArticleAgreement> {
  assertCan(access, "project.view");
  const userId = access.userId;
  const [article] = await loadComparedAnnotations(db, access.project.id, [articleId]);
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  if (!(await canSeeColleaguesWork(db, access, userId, article.id))) {
    throw new AppError("FORBIDDEN", "This project is blind: you can compare your work with colleagues' once you have submitted yours.");
  }
  const coders = await loadCoderNames(db, article.coderIds);
  const coderIds = coders.map((c) => c.id);
  const units = groupAnnotationUnits(article.annotations, coderIds);
  return {
    article: { id: article.id, title: article.title },
    coders,
    scores: scoreAgreement(measureAgreement(toAgreementSpans(article.annotations), coderIds)),
    units,
    names: await loadDisplayNames(db, access.project.id, article.annotations.flatMap((a) => (a.entityId ? [a.entityId] : []))),
  };
}
