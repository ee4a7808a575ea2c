import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

// Adjudication decisions (lib/server/adjudication). The server checks the rest
// against the article: that the group still exists as the client saw it, that
// `from` names one of its annotations, and the span against the text.

const idSchema = (field: string) => safeString({ error: `${field} must be an id.` }).min(1, `${field} must be an id.`).max(64, `${field} is not a known id.`);
const groupKeySchema = safeString({ error: "groupKey must name a group." }).min(1, "groupKey must name a group.").max(4_000, "groupKey is too long.");
const offset = (field: string) => z.number({ error: `${field} must be a whole number.` }).int(`${field} must be a whole number.`).min(0, `${field} cannot be negative.`).max(10_000_000, `${field} is past the end of any article.`);

const fromSchema = z.object({ from: idSchema("from") }).strict();

const spanSchema = z.union([
  fromSchema,
  z.object({ start: offset("span.start"), end: offset("span.end"), exact: safeString().min(1, "span.exact cannot be empty.").max(100_000, "span.exact is too long.") }).strict(),
], { error: "span must be { from: annotationId } or { start, end, exact }." });

const labelId = (field: string) => idSchema(field).nullable().optional();

const fieldsSchema = z.union([
  fromSchema,
  z
    .object({
      claimTypeId: labelId("claimTypeId"),
      statusId: labelId("statusId"),
      checkWorthiness: z.number().int().min(1, "checkWorthiness must be 1 to 5.").max(5, "checkWorthiness must be 1 to 5.").nullable().optional(),
      note: safeString({ error: "note must be text." }).max(10_000, "note must be at most 10,000 characters.").optional(),
      entityId: labelId("entityId"),
      entityTypeId: labelId("entityTypeId"),
    })
    .strict(),
], { error: "fields must be { from: annotationId } or the fields themselves." });

export const resolveGoldGroupSchema = z.discriminatedUnion(
  "decision",
  [
    // Into gold: pick one version (span and fields from the same annotation),
    // merge (from two), or write a new one (either given by hand).
    z.object({ decision: z.literal("gold"), groupKey: groupKeySchema, span: spanSchema, fields: fieldsSchema }).strict(),
    // Leave every annotation of the group out of gold.
    z.object({ decision: z.literal("exclude"), groupKey: groupKeySchema }).strict(),
  ],
  { error: 'decision must be "gold" or "exclude".' },
);

export type ResolveGoldGroupInput = z.infer<typeof resolveGoldGroupSchema>;

export const reopenGoldGroupSchema = z.object({ groupKey: groupKeySchema }).strict();

export const goldLayerCompleteSchema = z.object({ complete: z.boolean({ error: "complete must be true or false." }) }).strict();
