import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

export function annotationFixture(overrides: Partial<AnnotationDTO> = {}): AnnotationDTO {
  return {
    id: "a1",
    articleId: "article",
    revision: 1,
    kind: "CLAIM",
    start: 0,
    end: 5,
    exact: "Hamas",
    prefix: "",
    suffix: " leaders",
    anchorState: "ANCHORED",
    author: { id: "u1", name: "Ana Annotator" },
    claimTypeId: null,
    statusId: "unverified",
    checkWorthiness: null,
    confidence: null,
    textChangedAfterVerdict: false,
    entities: [],
    evidence: [],
    entityId: null,
    entityTypeId: null,
    note: "",
    reviewState: "PENDING",
    isGold: false,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    deletedAt: null,
    ...overrides,
  };
}
