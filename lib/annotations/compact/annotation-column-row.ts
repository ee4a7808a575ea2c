import type { AnnotationDTO, ClaimEntityDTO, EvidenceDTO } from "@/lib/annotations/annotation-dto";

/**
 * An annotation as the server reads it for the page's columns: the fields of
 * an AnnotationDTO, but timestamps as milliseconds since the epoch (no Date
 * for the thousands that need none), the author as two strings (no object
 * per row), no entity links or evidence as null (most rows), and the article
 * and revision once for the whole list (AnnotationColumnRows).
 */
export type AnnotationColumnRow = Omit<
  AnnotationDTO,
  "articleId" | "revision" | "author" | "entities" | "evidence" | "createdAt" | "updatedAt" | "deletedAt" | "suggestion"
> & {
  authorId: string;
  authorName: string;
  entities: ClaimEntityDTO[] | null;
  evidence: EvidenceDTO[] | null;
  createdMs: number;
  updatedMs: number;
  deletedMs: number | null;
};

/** One article revision's annotations, each on `articleId` at `revision`. */
export type AnnotationColumnRows = { articleId: string; revision: number; rows: AnnotationColumnRow[] };
