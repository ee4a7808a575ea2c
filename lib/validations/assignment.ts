import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

const id = safeString().trim().min(1).max(64);
const ids = (what: string) =>
  z.array(id, { error: `Choose ${what}.` }).min(1, `Choose at least one ${what.replace(/s$/, "")}.`).max(500, `Choose at most 500 ${what}.`);
// More than a handful of annotators per article is a data-entry slip, not a plan.
const annotatorCount = z
  .number({ error: "Enter a number of annotators." })
  .int("Enter a whole number of annotators.")
  .min(1, "An article needs at least 1 annotator.")
  .max(20, "At most 20 annotators per article.");

export const assignArticlesSchema = z.object({ articleIds: ids("articles"), userIds: ids("people") });

export const autoAssignSchema = z.object({
  articleIds: ids("articles"),
  // Reach this many annotators per article; absent: each article's own need.
  target: annotatorCount.optional(),
  // Pick from these people; absent: every annotator of the project.
  userIds: z.array(id).max(500).optional(),
});

export const requiredAnnotatorsSchema = z.object({
  articleIds: ids("articles"),
  // null: follow the project default again.
  required: annotatorCount.nullable(),
});

export const assignmentSettingsSchema = z
  .object({ blindAnnotation: z.boolean().optional(), defaultAnnotatorsPerArticle: annotatorCount.optional() })
  .refine((v) => v.blindAnnotation !== undefined || v.defaultAnnotatorsPerArticle !== undefined, "Nothing to change.");

export const myAssignmentActionSchema = z.object({ action: z.enum(["start", "submit", "reopen"]) });
