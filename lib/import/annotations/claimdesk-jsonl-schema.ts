import { z } from "zod";

// A line of Claimdesk JSONL as lib/export/build-jsonl-record.ts writes it.
// Notes are optional (absent when exported without notes); unknown keys are
// ignored so later format versions still load.
const annotator = z.object({ id: z.string().min(1), name: z.string() });
const review = z.object({
  state: z.enum(["PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED"]),
  gold: z.boolean(),
  reviews: z.number().int().nonnegative(),
  last_decision: z.enum(["ACCEPT", "REJECT", "REQUEST_CHANGES"]).nullable(),
  last_decided_at: z.string().nullable(),
});
const offsets = { id: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string() };

export const claimdeskJsonlRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published_at: z.string().nullable(),
  language: z.string(),
  revision: z.number().int().positive(),
  content_hash: z.string().optional(),
  text: z.string().min(1, "text is empty"),
  spans: z.array(
    z.object({
      ...offsets,
      kind: z.enum(["claim", "entity_mention"]),
      labels: z.array(z.string()),
      entity_id: z.string().nullable(),
      annotator,
      review,
      note: z.string().optional(),
    }),
  ),
  claims: z.array(
    z.object({
      ...offsets,
      claim_type: z.string().nullable(),
      status: z.string().nullable(),
      check_worthiness: z.number().int().min(1).max(5).nullable(),
      confidence: z.number().min(0).max(1).nullable(),
      text_changed_after_verdict: z.boolean(),
      entities: z.array(
        z.object({ entity_id: z.string(), role: z.enum(["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"]), mention_id: z.string().nullable() }),
      ),
      evidence: z.array(
        z.object({ url: z.string(), title: z.string(), stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]), note: z.string().optional() }),
      ),
      cluster: z
        .object({ id: z.string(), relation: z.enum(["SAME", "CORROBORATES", "ATTRIBUTES", "CONTRADICTS"]), title: z.string().nullable(), statement: z.string().nullable() })
        .nullable(),
      annotator,
      review,
      note: z.string().optional(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  ),
  entities: z.array(z.object({ id: z.string(), type: z.string(), name: z.string(), aliases: z.array(z.string()), external_id: z.string().nullable() })),
});

export type ClaimdeskJsonlRecord = z.infer<typeof claimdeskJsonlRecordSchema>;
