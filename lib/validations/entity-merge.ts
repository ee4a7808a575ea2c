import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";

// Merge, undo and split of registry entities (lib/server/entity/*). Each
// names the versions the person saw, so a change made meanwhile is refused
// rather than merged into.

const version = (what: string) =>
  z
    .number({ error: `${what} is required: send the version you saw.` })
    .int(`${what} must be a whole number.`)
    .min(1, `${what} must be 1 or more.`)
    .max(INT4_MAX, `${what} is larger than any stored version.`);

const idSchema = (field: string) => safeString({ error: `${field} must be an id.` }).min(1, `${field} must be an id.`).max(64, `${field} is not a known id.`);

const unknownField = (what: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}.` : what;

// POST …/entities/[targetId]/merge: the source is merged into the target in the URL.
export const mergeEntitiesSchema = z.strictObject(
  { sourceId: idSchema("sourceId"), sourceVersion: version("sourceVersion"), targetVersion: version("targetVersion") },
  { error: unknownField("Send { sourceId, sourceVersion, targetVersion } as a JSON object.") },
);

// POST …/entities/[targetId]/merge/undo: the merge's id (its audit entry).
export const undoEntityMergeSchema = z.strictObject(
  { mergeId: safeString({ error: "mergeId must be a merge's id." }).regex(/^\d{1,18}$/, "mergeId must be a merge's id (digits).") },
  { error: unknownField("Send { mergeId } as a JSON object.") },
);

// POST …/entities/[entityId]/split: one alias becomes its own entity, taking
// the chosen mentions (whose text is that alias) with it.
export const splitEntitySchema = z.strictObject(
  {
    version: version("version"),
    alias: safeString({ error: "alias must be text." }).trim().min(1, "Choose the alias to split off.").max(200, "alias must be at most 200 characters."),
    mentionIds: z.array(idSchema("mentionIds[]"), { error: "mentionIds must be a list of mention ids." }).max(5000, "At most 5000 mentions at once.").default([]),
  },
  { error: unknownField("Send { version, alias, mentionIds? } as a JSON object.") },
);
