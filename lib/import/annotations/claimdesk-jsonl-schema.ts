import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

// A line of Claimdesk JSONL as lib/export/build-jsonl-record.ts writes it.
// Notes are optional (absent when exported without notes); unknown keys are
// ignored so later format versions still load.
const annotator = z.object({ id: safeString().min(1), name: safeString() });
const review = z.object({
  state: z.enum(["PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED"]),
  gold: z.boolean(),
  reviews: z.number().int().nonnegative(),
  last_decision: z.enum(["ACCEPT", "REJECT", "REQUEST_CHANGES"]).nullable(),
  last_decided_at: safeString().nullable(),
});
const offsets = { id: safeString().min(1), start: z.number().int().nonnegative(), end: z.number().int().positive(), text: safeString() };

export const claimdeskJsonlRecordSchema = z.object({
  id: safeString().min(1),
  title: safeString(),
  outlet: safeString(),
  url: safeString().nullable(),
  author: safeString().nullable(),
  published_at: safeString().nullable(),
  language: safeString(),
  revision: z.number().int().positive(),
  content_hash: safeString().optional(),
  text: safeString().min(1, "text is empty"),
  spans: z.array(
    z.object({
      ...offsets,
      kind: z.enum(["claim", "entity_mention"]),
      labels: z.array(safeString()),
      entity_id: safeString().nullable(),
      annotator,
      review,
      note: safeString().optional(),
      // Files written before suggestions existed have neither; absent is human.
      origin: z.enum(["human", "suggestion"]).optional(),
      suggestion_source: safeString().max(60).nullable().optional(),
    }),
  ),
  claims: z.array(
    z.object({
      ...offsets,
      claim_type: safeString().nullable(),
      status: safeString().nullable(),
      check_worthiness: z.number().int().min(1).max(5).nullable(),
      confidence: z.number().min(0).max(1).nullable(),
      text_changed_after_verdict: z.boolean(),
      entities: z.array(
        z.object({ entity_id: safeString(), role: z.enum(["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"]), mention_id: safeString().nullable() }),
      ),
      evidence: z.array(
        z.object({ url: safeString(), title: safeString(), stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]), note: safeString().optional() }),
      ),
      cluster: z
        .object({ id: safeString(), relation: z.enum(["SAME", "CORROBORATES", "ATTRIBUTES", "CONTRADICTS"]), title: safeString().nullable(), statement: safeString().nullable() })
        .nullable(),
      annotator,
      review,
      note: safeString().optional(),
      created_at: safeString(),
      updated_at: safeString(),
    }),
  ),
  entities: z.array(z.object({ id: safeString(), type: safeString(), name: safeString(), aliases: z.array(safeString()), external_id: safeString().nullable() })),
});

export type ClaimdeskJsonlRecord = z.infer<typeof claimdeskJsonlRecordSchema>;
