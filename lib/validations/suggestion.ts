import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { httpUrlSchema } from "@/lib/validations/http-url";
import { INT4_MAX } from "@/lib/validations/int4";

const offset = (field: string) =>
  z
    .number({ error: `${field} must be a code-point offset.` })
    .int(`${field} must be a whole number.`)
    .min(0, `${field} must be 0 or more.`)
    .max(INT4_MAX, `${field} is past the end of any article.`);

// POST …/suggestions/dismissals: the suggestion the person dismissed.
export const dismissSuggestionSchema = z
  .strictObject(
    {
      revision: z.number({ error: "revision is required." }).int("revision must be a whole number.").min(1, "revision must be 1 or more.").max(INT4_MAX, "revision is too large."),
      kind: z.enum(["CLAIM", "ENTITY_MENTION"], { error: "kind must be CLAIM or ENTITY_MENTION." }),
      start: offset("start"),
      end: offset("end"),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send the dismissal as a JSON object.") },
  )
  .refine((v) => v.end > v.start, { path: ["end"], message: "end must be greater than start." });

export type DismissSuggestionValues = z.output<typeof dismissSuggestionSchema>;

// PUT /api/projects/[slug]/prediction-service: both set, or both null (off).
export const MODEL_NAME_MAX = 60;
export const predictionServiceSchema = z
  .strictObject(
    {
      url: httpUrlSchema("url").nullable(),
      modelName: safeString({ error: "modelName must be text." })
        .trim()
        .min(1, "modelName is required when a URL is set.")
        .max(MODEL_NAME_MAX, `modelName must be at most ${MODEL_NAME_MAX} characters.`)
        .nullable(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { url, modelName } as a JSON object.") },
  )
  .refine((v) => (v.url === null) === (v.modelName === null), { message: "Set both url and modelName, or both to null to turn the service off." });

// What a prediction service answers (docs/prediction-service.md). Offsets
// are code points; anything else in the body is ignored.
export const predictionResponseSchema = z.object({
  spans: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        label: z.string().min(1).max(60),
        score: z.number().min(0).max(1).default(0.5),
        entityId: z.string().max(100).nullable().optional(),
      }),
    )
    .max(5000),
});
