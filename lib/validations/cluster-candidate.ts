import { z } from "zod";

// Inputs of the cluster-candidates API (lib/server/cluster-candidate). What
// needs the database (the target exists, is in the project, is not the
// claim's own article) is checked there.

const idSchema = (field: string) =>
  z.string({ error: `${field} must be an id.` }).min(1, `${field} must be an id.`).max(64, `${field} is not a known id.`);

const offsetSchema = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of code points.` })
    .int(`${field} must be a whole number of code points.`)
    .min(0, `${field} cannot be negative.`)
    .max(10_000_000, `${field} is past the end of any article.`);

// ?limit=N: how many candidates, 1..50, default 10.
export const candidateLimitSchema = z.coerce
  .number({ error: "limit must be a whole number from 1 to 50." })
  .int("limit must be a whole number from 1 to 50.")
  .min(1, "limit must be a whole number from 1 to 50.")
  .max(50, "limit must be a whole number from 1 to 50.");

// A candidate to rule out (or to restore): an existing claim, or a passage.
export const candidateTargetSchema = z.union(
  [
    z.strictObject({ annotationId: idSchema("annotationId") }),
    z
      .strictObject({ articleId: idSchema("articleId"), start: offsetSchema("start"), end: offsetSchema("end") })
      .refine((t) => t.start < t.end, { message: "end must be after start.", path: ["end"] }),
  ],
  { error: "Send either { annotationId } or { articleId, start, end }." },
);

export type CandidateTarget = z.infer<typeof candidateTargetSchema>;
