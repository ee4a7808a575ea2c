import type { AnnotationKind } from "@/lib/generated/prisma/enums";

/**
 * The span and label fields every annotation has wherever it travels — the
 * wire DTO, the gold layer, an import plan, a revision carry-over — declared
 * once, with the kind taken from the database enum. Offsets are code points
 * into the text of the annotation's revision.
 */
export type AnnotationCore = {
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  claimTypeId: string | null;
  statusId: string | null;
  /** 1–5 */
  checkWorthiness: number | null;
  /** 0–1 */
  confidence: number | null;
  entityId: string | null;
  entityTypeId: string | null;
  note: string;
};
