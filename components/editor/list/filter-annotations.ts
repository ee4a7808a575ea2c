import type { AnnotationDTO, AnnotationKindDTO, ReviewStateDTO } from "@/lib/annotations/annotation-dto";

export type AnnotationFilters = {
  kind: AnnotationKindDTO | "ALL";
  /** A verification status id (claims only), "NONE" for claims without one, or "ALL". */
  statusId: string;
  reviewState: ReviewStateDTO | "ALL";
  /** Matched case- and accent-insensitively against the quote and the note. */
  query: string;
};

export const NO_FILTERS: AnnotationFilters = { kind: "ALL", statusId: "ALL", reviewState: "ALL", query: "" };

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

export function isFiltered(filters: AnnotationFilters): boolean {
  return filters.kind !== "ALL" || filters.statusId !== "ALL" || filters.reviewState !== "ALL" || filters.query.trim() !== "";
}

/** The annotations that pass every filter, in the order given. */
export function filterAnnotations(annotations: readonly AnnotationDTO[], filters: AnnotationFilters): AnnotationDTO[] {
  const query = fold(filters.query.trim());
  return annotations.filter((annotation) => {
    if (filters.kind !== "ALL" && annotation.kind !== filters.kind) return false;
    if (filters.statusId !== "ALL") {
      if (annotation.kind !== "CLAIM") return false;
      if (filters.statusId === "NONE" ? annotation.statusId !== null : annotation.statusId !== filters.statusId) return false;
    }
    if (filters.reviewState !== "ALL" && annotation.reviewState !== filters.reviewState) return false;
    if (query && !fold(annotation.exact).includes(query) && !fold(annotation.note).includes(query)) return false;
    return true;
  });
}
