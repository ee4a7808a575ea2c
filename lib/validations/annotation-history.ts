import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";

export const restoreVersionSchema = z.strictObject(
  {
    entryId: safeString({ error: "entryId must name a history entry." }).regex(/^\d{1,19}$/, "entryId must name a history entry."),
    version: z
      .number({ error: "version is required: send the version of the annotation you saw." })
      .int("version must be a whole number.")
      .min(1, "version must be 1 or more.")
      .max(INT4_MAX, "version is larger than any stored version."),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { entryId, version }.") },
);
