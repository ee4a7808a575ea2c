import { annotatorOf } from "./annotator-of";
import { exportableAnnotations } from "./exportable-annotations";
import type { ExportAnnotation, ExportArticle, ExportOptions } from "./types";

// What a dataset card says about the exported data that the manifest's
// counts do not: who annotated, in which languages, how far review and
// adjudication got, and how often each label is used.
export type DatasetCardTally = {
  annotators: string[];
  languages: string[];
  reviewStates: Record<ExportAnnotation["reviewState"], number>;
  gold: number;
  goldArticles: number;
  // Uses per label id: claims per claim type and per status, mentions per entity type.
  labelUses: Record<string, number>;
};

export const emptyDatasetCardTally: DatasetCardTally = {
  annotators: [],
  languages: [],
  reviewStates: { PENDING: 0, ACCEPTED: 0, REJECTED: 0, CHANGES_REQUESTED: 0 },
  gold: 0,
  goldArticles: 0,
  labelUses: {},
};

/** `tally` plus one exported article, counting what the serializers export (`exportableAnnotations`). */
export function tallyDatasetCard(tally: DatasetCardTally, article: ExportArticle, options: Pick<ExportOptions, "pseudonymise">): DatasetCardTally {
  const annotators = new Set(tally.annotators);
  const languages = new Set(tally.languages);
  const reviewStates = { ...tally.reviewStates };
  const labelUses = { ...tally.labelUses };
  let gold = tally.gold;
  let articleHasGold = false;
  languages.add(article.language);
  const count = (id: string | null) => {
    if (id !== null) labelUses[id] = (labelUses[id] ?? 0) + 1;
  };
  for (const annotation of exportableAnnotations(article)) {
    // Gold annotations are the adjudicator's, not a coder's.
    if (annotation.isGold) {
      gold += 1;
      articleHasGold = true;
    } else annotators.add(annotatorOf(annotation, options).id);
    reviewStates[annotation.reviewState] += 1;
    if (annotation.kind === "CLAIM") {
      count(annotation.claimTypeId);
      count(annotation.statusId);
    } else count(annotation.entityTypeId);
  }
  return {
    annotators: [...annotators].sort(),
    languages: [...languages].sort(),
    reviewStates,
    gold,
    goldArticles: tally.goldArticles + (articleHasGold ? 1 : 0),
    labelUses,
  };
}
