import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

export const restoreVersionSchema = z.strictObject(
  {
    entryId: safeString({ error: "entryId must name a history entry." }).regex(/^\d{1,19}$/, "entryId must name a history entry."),
    version: z
      .number({ error: "version is required: send the version of the annotation you saw." })
      .int("version must be a whole number.")
      .min(1, "version must be 1 or more."),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : "Send { entryId, version }.") },
);
