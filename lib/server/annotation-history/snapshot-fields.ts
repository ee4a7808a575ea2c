import { z } from "zod";

// The restorable content of an audit snapshot (an AnnotationDTO as it was
// written). Parsed, not trusted: old rows may predate a field, which then
// keeps its current value.
export const snapshotFieldsSchema = z.object({
  revision: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  claimTypeId: z.string().nullable().optional(),
  statusId: z.string().nullable().optional(),
  checkWorthiness: z.number().int().nullable().optional(),
  confidence: z.number().nullable().optional(),
  entityId: z.string().nullable().optional(),
  entityTypeId: z.string().nullable().optional(),
  note: z.string().optional(),
  summary: z.string().optional(),
  verdictExplanation: z.string().optional(),
  entities: z
    .array(z.object({ entityId: z.string(), role: z.enum(["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"]), mentionId: z.string().nullable() }))
    .optional(),
  evidence: z
    .array(z.object({ id: z.string(), url: z.string(), title: z.string(), stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]), note: z.string() }))
    .optional(),
  version: z.number().int(),
});

export type SnapshotFields = z.output<typeof snapshotFieldsSchema>;
