import type { AnnotationDTO, ReviewStateDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";

// Every highlight style the editor paints with. Names are CSS identifiers:
// each is a `::highlight(name)` rule and, in the decorations fallback, a
// class. Label styles are numbered by the label's place in its list, so no
// label id has to be a valid identifier.
export const HIGHLIGHT_STYLE = {
  hover: "cd-hover",
  selected: "cd-selected",
  unsaved: "cd-unsaved",
  claimNoStatus: "cd-claim-none",
  mentionNoType: "cd-entity-none",
} as const;

export const REVIEW_STYLES: Partial<Record<ReviewStateDTO, string>> = {
  ACCEPTED: "cd-review-accepted",
  CHANGES_REQUESTED: "cd-review-changes",
  REJECTED: "cd-review-rejected",
};

export const OTHERS_SUFFIX = "-other";

export const claimStyleName = (statusIndex: number) => `cd-claim-${statusIndex}`;
export const mentionStyleName = (typeIndex: number) => `cd-entity-${typeIndex}`;

export type StyleContext = {
  /** Draw annotations by people other than `currentUserId` lighter (dashed, fainter). */
  markOthers: boolean;
  currentUserId: string;
};

export type HighlightStyler = (annotation: AnnotationDTO, flags: { unsaved: boolean }) => string[];

/**
 * Style names of an annotation: a fill by kind and verdict (claims take
 * their verification status's colour, mentions their entity type's), a
 * line for the review state, and markers for unsaved work. Selection and
 * hover are added on top by the caller.
 */
export function createHighlightStyler(labels: PanelLabels, context: StyleContext): HighlightStyler {
  const statusIndex = new Map(labels.statuses.map((label, i) => [label.id, i]));
  const typeIndex = new Map(labels.entityTypes.map((label, i) => [label.id, i]));
  return (annotation, { unsaved }) => {
    const other = context.markOthers && annotation.author.id !== context.currentUserId ? OTHERS_SUFFIX : "";
    const styles: string[] = [];
    if (annotation.kind === "CLAIM") {
      const index = annotation.statusId === null ? undefined : statusIndex.get(annotation.statusId);
      styles.push((index === undefined ? HIGHLIGHT_STYLE.claimNoStatus : claimStyleName(index)) + other);
    } else {
      const index = annotation.entityTypeId === null ? undefined : typeIndex.get(annotation.entityTypeId);
      styles.push((index === undefined ? HIGHLIGHT_STYLE.mentionNoType : mentionStyleName(index)) + other);
    }
    const review = REVIEW_STYLES[annotation.reviewState];
    if (review) styles.push(review);
    if (unsaved) styles.push(HIGHLIGHT_STYLE.unsaved);
    return styles;
  };
}
