export type CandidateRejectionDTO = {
  id: string;
  claimId: string;
  annotationId?: string;
  articleId?: string;
  start?: number;
  end?: number;
  rejectedById: string;
  createdAt: string;
};

type RejectionRow = {
  id: string;
  claimId: string;
  targetAnnotationId: string | null;
  targetArticleId: string | null;
  targetStart: number | null;
  targetEnd: number | null;
  rejectedById: string;
  createdAt: Date;
};

// The wire shape: the target as the request names it.
export function toRejectionDTO(row: RejectionRow): CandidateRejectionDTO {
  const target =
    row.targetAnnotationId !== null
      ? { annotationId: row.targetAnnotationId }
      : { articleId: row.targetArticleId ?? "", start: row.targetStart ?? 0, end: row.targetEnd ?? 0 };
  return { id: row.id, claimId: row.claimId, ...target, rejectedById: row.rejectedById, createdAt: row.createdAt.toISOString() };
}
