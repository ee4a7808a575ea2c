import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";
import { httpUrlSchema } from "@/lib/validations/http-url";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

// Shapes of annotation writes (lib/annotations/annotation-dto.ts is the
// contract). These check what can be checked without the database; the text
// under a span, label kinds and entity ownership are checked by
// lib/server/annotation/* against the project. Messages name the API field,
// because API clients and the editor both show them as-is.

export const ANNOTATION_NOTE_MAX = 10_000;
// W3C TextQuoteSelector context, in code points either side of the span.
export const QUOTE_CONTEXT_MAX = 32;
export const EVIDENCE_MAX = 50;
export const CLAIM_ENTITIES_MAX = 50;
const EXACT_MAX = 100_000;
const OFFSET_MAX = 10_000_000;

const idSchema = (field: string) =>
  safeString({ error: `${field} must be an id.` }).min(1, `${field} must be an id.`).max(64, `${field} is not a known id.`);

const offsetSchema = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of code points.` })
    .int(`${field} must be a whole number of code points.`)
    .min(0, `${field} cannot be negative.`)
    .max(OFFSET_MAX, `${field} is past the end of any article.`);

const quoteContextSchema = (field: "prefix" | "suffix") =>
  safeString({ error: `${field} must be text.` })
    .refine(
      (value) => Array.from(value).length <= QUOTE_CONTEXT_MAX,
      `${field} must be at most ${QUOTE_CONTEXT_MAX} characters of the text ${field === "prefix" ? "before" : "after"} the span.`,
    );

const exactSchema = safeString({ error: "exact must be the annotated text." })
  .min(1, "exact cannot be empty: empty spans cannot be annotated.")
  .max(EXACT_MAX, "exact is too long for one annotation.");

export const annotationKindSchema = z.enum(["CLAIM", "ENTITY_MENTION"], { error: "kind must be CLAIM or ENTITY_MENTION." });

const labelIdSchema = (field: string) => idSchema(field).nullable();

const checkWorthinessMessage = "checkWorthiness must be a whole number from 1 to 5, or null.";
const checkWorthinessSchema = z
  .number({ error: checkWorthinessMessage })
  .int(checkWorthinessMessage)
  .min(1, checkWorthinessMessage)
  .max(5, checkWorthinessMessage)
  .nullable();

const confidenceMessage = "confidence must be a number from 0 to 1, or null.";
const confidenceSchema = z.number({ error: confidenceMessage }).min(0, confidenceMessage).max(1, confidenceMessage).nullable();

export const annotationNoteSchema = safeString({ error: "note must be text." })
  .max(ANNOTATION_NOTE_MAX, `note must be at most ${ANNOTATION_NOTE_MAX.toLocaleString("en")} characters.`);

// A claim's short neutral wording (published as ClaimReview's claimReviewed).
// Google asks for under ~75 characters: longer ones are allowed but flagged
// (editor field, export page), since some claims need the room.
export const CLAIM_SUMMARY_MAX = 300;
export const CLAIM_SUMMARY_ADVISED = 75;
// Not trimmed: the editor saves as the person types (a trailing space is
// mid-word); exports trim.
export const claimSummarySchema = safeString({ error: "summary must be text." })
  .max(CLAIM_SUMMARY_MAX, `summary must be at most ${CLAIM_SUMMARY_MAX} characters.`);

// The verdict's public explanation (ClaimReview's ratingExplanation), kept
// apart from the internal note, which is never published by default.
export const VERDICT_EXPLANATION_MAX = 5_000;
export const verdictExplanationSchema = safeString({ error: "verdictExplanation must be text." })
  .max(VERDICT_EXPLANATION_MAX, `verdictExplanation must be at most ${VERDICT_EXPLANATION_MAX.toLocaleString("en")} characters.`);

export const evidenceInputSchema = z.strictObject(
  {
    id: idSchema("evidence id").optional(),
    url: httpUrlSchema("evidence url"),
    title: safeString({ error: "evidence title must be text." }).trim().max(500, "evidence title must be at most 500 characters.").default(""),
    stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"], { error: "evidence stance must be SUPPORTS, REFUTES or CONTEXT." }),
    note: safeString({ error: "evidence note must be text." })
      .max(ANNOTATION_NOTE_MAX, `evidence note must be at most ${ANNOTATION_NOTE_MAX.toLocaleString("en")} characters.`)
      .default(""),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown evidence field: ${issue.keys.join(", ")}.` : "Each evidence item must be an object.") },
);

export const evidenceListSchema = z
  .array(evidenceInputSchema, { error: "evidence must be a list." })
  .max(EVIDENCE_MAX, `A claim can have at most ${EVIDENCE_MAX} evidence items.`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (!item.id) continue;
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: `evidence id ${item.id} is listed twice.` });
      seen.add(item.id);
    }
  });

export const entityRoleSchema = z.enum(["CLAIMANT", "SUBJECT", "OBJECT", "PLACE", "OTHER"], {
  error: "entities role must be CLAIMANT, SUBJECT, OBJECT, PLACE or OTHER.",
});

export const claimEntityInputSchema = z.strictObject(
  {
    entityId: idSchema("entities entityId"),
    role: entityRoleSchema,
    mentionId: idSchema("entities mentionId").nullable().default(null),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown entities field: ${issue.keys.join(", ")}.` : "Each entities item must be an object.") },
);

export const claimEntityListSchema = z
  .array(claimEntityInputSchema, { error: "entities must be a list." })
  .max(CLAIM_ENTITIES_MAX, `A claim can link at most ${CLAIM_ENTITIES_MAX} entities.`)
  .superRefine((links, ctx) => {
    const seen = new Set<string>();
    for (const link of links) {
      const key = `${link.entityId}\u0000${link.role}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: `entities lists entity ${link.entityId} twice as ${link.role}.` });
      seen.add(key);
    }
  });

const claimOnlyFields = ["claimTypeId", "statusId", "checkWorthiness", "confidence", "summary", "verdictExplanation", "entities", "evidence"] as const;
const mentionOnlyFields = ["entityId", "entityTypeId"] as const;
type KindFields = Partial<Record<(typeof claimOnlyFields)[number] | (typeof mentionOnlyFields)[number], unknown>>;

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  return !Array.isArray(value) || value.length > 0;
}

// Claim fields on a mention (or the reverse) would be stored and then ignored
// by every view and export, so they are refused. null, "" and [] mean "none" and pass.
export function annotationKindRuleError(kind: AnnotationKind, fields: KindFields): string | null {
  if (kind === "ENTITY_MENTION") {
    const field = claimOnlyFields.find((name) => isSet(fields[name]));
    return field ? `${field} applies to claims only; an entity mention cannot have it.` : null;
  }
  const field = mentionOnlyFields.find((name) => isSet(fields[name]));
  return field ? `${field} applies to entity mentions only; link entities to a claim through entities.` : null;
}

// An accepted suggestion names its suggester ("registry", "compromise", a model's name).
const suggestionOriginSchema = z.strictObject(
  {
    source: safeString({ error: "suggestion.source must be text." })
      .trim()
      .min(1, "suggestion.source is required.")
      .max(60, "suggestion.source must be at most 60 characters."),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown suggestion field: ${issue.keys.join(", ")}.` : "suggestion must be { source }.") },
);

const emptySpanMessage = "end must be greater than start: empty spans cannot be annotated.";

export const createAnnotationSchema = z
  .strictObject(
    {
      kind: annotationKindSchema,
      revision: z
        .number({ error: "revision must be the article revision the offsets refer to." })
        .int("revision must be a whole number.")
        .min(1, "revision must be 1 or more.")
      .max(INT4_MAX, "revision is larger than any stored revision."),
      start: offsetSchema("start"),
      end: offsetSchema("end"),
      exact: exactSchema,
      prefix: quoteContextSchema("prefix").optional(),
      suffix: quoteContextSchema("suffix").optional(),
      claimTypeId: labelIdSchema("claimTypeId").optional(),
      statusId: labelIdSchema("statusId").optional(),
      checkWorthiness: checkWorthinessSchema.optional(),
      confidence: confidenceSchema.optional(),
      entityId: idSchema("entityId").nullable().optional(),
      entityTypeId: labelIdSchema("entityTypeId").optional(),
      note: annotationNoteSchema.optional(),
      summary: claimSummarySchema.optional(),
      verdictExplanation: verdictExplanationSchema.optional(),
      entities: claimEntityListSchema.optional(),
      evidence: evidenceListSchema.optional(),
      suggestion: suggestionOriginSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `Unknown annotation field: ${issue.keys.join(", ")}.` : "Send the annotation as a JSON object.",
    },
  )
  .superRefine((value, ctx) => {
    if (value.end <= value.start) ctx.addIssue({ code: "custom", path: ["end"], message: emptySpanMessage });
    const kindError = annotationKindRuleError(value.kind, value);
    if (kindError) ctx.addIssue({ code: "custom", message: kindError });
    if (value.kind === "ENTITY_MENTION" && value.entityTypeId == null && value.entityId == null) {
      ctx.addIssue({ code: "custom", path: ["entityTypeId"], message: "An entity mention needs entityTypeId (or entityId, whose type it then takes)." });
    }
    if (value.evidence?.some((item) => item.id !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "A new claim's evidence cannot have ids; leave id out." });
    }
  });

export type CreateAnnotationValues = z.output<typeof createAnnotationSchema>;

const spanFields = ["start", "end", "exact", "prefix", "suffix"] as const;

export const updateAnnotationSchema = z
  .strictObject(
    {
      version: z
        .number({ error: "version is required: send the version of the annotation you edited." })
        .int("version must be a whole number.")
        .min(1, "version must be 1 or more.")
      .max(INT4_MAX, "version is larger than any stored version."),
      start: offsetSchema("start").optional(),
      end: offsetSchema("end").optional(),
      exact: exactSchema.optional(),
      prefix: quoteContextSchema("prefix").optional(),
      suffix: quoteContextSchema("suffix").optional(),
      claimTypeId: labelIdSchema("claimTypeId").optional(),
      statusId: labelIdSchema("statusId").optional(),
      checkWorthiness: checkWorthinessSchema.optional(),
      confidence: confidenceSchema.optional(),
      entityId: idSchema("entityId").nullable().optional(),
      entityTypeId: labelIdSchema("entityTypeId").optional(),
      note: annotationNoteSchema.optional(),
      summary: claimSummarySchema.optional(),
      verdictExplanation: verdictExplanationSchema.optional(),
      entities: claimEntityListSchema.optional(),
      evidence: evidenceListSchema.optional(),
      textChangedAfterVerdict: z.literal(false, { error: "textChangedAfterVerdict can only be set to false." }).optional(),
    },
    {
      error: (issue) => {
        if (issue.code !== "unrecognized_keys") return "Send the changes as a JSON object.";
        if (issue.keys.includes("kind")) return "kind cannot be changed; delete the annotation and create a new one.";
        if (issue.keys.includes("revision")) return "revision is not editable; a moved span is placed on the article's current revision.";
        return `Unknown annotation field: ${issue.keys.join(", ")}.`;
      },
    },
  )
  .superRefine((value, ctx) => {
    if (!spanFields.some((field) => value[field] !== undefined)) return;
    if (value.start === undefined || value.end === undefined || value.exact === undefined) {
      ctx.addIssue({ code: "custom", message: "To move or resize an annotation, send start, end and exact together." });
    } else if (value.end <= value.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: emptySpanMessage });
    }
  });

export type UpdateAnnotationValues = z.output<typeof updateAnnotationSchema>;

// DELETE ?version= and POST .../restore { version }.
export const annotationVersionSchema = z.strictObject(
  {
    version: z.coerce
      .number({ error: "version is required: send the version of the annotation you saw." })
      .int("version must be a whole number.")
      .min(1, "version is required: send the version of the annotation you saw.")
      .max(INT4_MAX, "version is larger than any stored version."),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { version }.") },
);

export const listAnnotationsOptionsSchema = z.object({
  includeDeleted: z.boolean({ error: "includeDeleted must be true or false." }).default(false),
});
