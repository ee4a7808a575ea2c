import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

/**
 * An annotation as the server reads it for the page's columns: an
 * AnnotationDTO with its timestamps as milliseconds since the epoch instead of
 * ISO strings (no Date is made for the thousands that need none).
 */
export type AnnotationColumnRow = Omit<AnnotationDTO, "createdAt" | "updatedAt" | "deletedAt" | "suggestion"> & {
  createdMs: number;
  updatedMs: number;
  deletedMs: number | null;
};
