import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";
import type { PanelLabels } from "@/components/editor/panel/types";
import { createDraftAnnotation } from "@/components/editor/selection/create-draft-annotation";

type Context = {
  index: CodePointIndex;
  article: { id: string; revision: number };
  author: { id: string; name: string };
  labels: PanelLabels;
};

/**
 * The annotation a person gets by accepting a suggestion: an ordinary draft
 * (saved through the store like any other) with the suggested entity linked,
 * the type the suggester named (else the project's first entity type, which
 * the person can change in the panel), claims' check-worthiness pre-filled,
 * and the suggester recorded as its origin.
 */
export function suggestionDraft(suggestion: SuggestionDTO, { index, article, author, labels }: Context): AnnotationDTO {
  const type = labels.entityTypes.find((t) => t.key === suggestion.entityType) ?? labels.entityTypes[0];
  const draft = createDraftAnnotation({
    kind: suggestion.kind,
    start: suggestion.start,
    end: suggestion.end,
    index,
    articleId: article.id,
    revision: article.revision,
    author,
    defaultStatusId: labels.statuses.find((s) => s.key === "unverified")?.id ?? null,
    entityTypeId: type?.id ?? null,
  });
  return {
    ...draft,
    entityId: suggestion.kind === "ENTITY_MENTION" ? suggestion.entityId : null,
    checkWorthiness: suggestion.kind === "CLAIM" ? suggestion.checkWorthiness : null,
    suggestion: { source: suggestion.source },
  };
}
