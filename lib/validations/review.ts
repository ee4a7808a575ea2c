import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";

// Review decisions and the review queue's filters (lib/review/review-dto.ts
// is the contract). Messages name the API field: clients show them as-is.

export const REVIEW_COMMENT_MAX = 5_000;

const versionSchema = z
  .number({ error: "version is required: send the version of the annotation you reviewed." })
  .int("version must be a whole number.")
  .min(1, "version must be 1 or more.")
      .max(INT4_MAX, "version is larger than any stored version.");

export const decideReviewSchema = z.strictObject(
  {
    decision: z.enum(["ACCEPT", "REJECT", "REQUEST_CHANGES"], { error: "decision must be ACCEPT, REJECT or REQUEST_CHANGES." }),
    comment: safeString({ error: "comment must be text." })
      .trim()
      .max(REVIEW_COMMENT_MAX, `comment must be at most ${REVIEW_COMMENT_MAX.toLocaleString("en")} characters.`)
      .default(""),
    version: versionSchema,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { decision, version, comment? }.") },
);

const dateSchema = (field: string) =>
  safeString()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date like 2026-11-22.`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${field} is not a real date.`);

const optionalId = safeString().min(1).max(64).optional();

// Query-string filters: every value arrives as text; empty means "any".
export const reviewQueueFiltersSchema = z.object({
  articleId: optionalId,
  authorId: optionalId,
  kind: z.enum(["CLAIM", "ENTITY_MENTION"], { error: "kind must be CLAIM or ENTITY_MENTION." }).optional(),
  statusId: optionalId,
  reviewState: z
    .enum(["PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED", "ANY"], {
      error: "reviewState must be PENDING, ACCEPTED, REJECTED, CHANGES_REQUESTED or ANY.",
    })
    .default("PENDING"),
  from: dateSchema("from").optional(),
  to: dateSchema("to").optional(),
});

export type ReviewQueueFilters = z.output<typeof reviewQueueFiltersSchema>;

// Drops empty query values so "?kind=" means "any kind".
export function queueFiltersFromSearch(search: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one) out[key] = one;
  }
  return out;
}
