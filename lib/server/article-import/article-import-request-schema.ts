import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

const fileSchema = z.object({
  name: safeString().trim().min(1, "Every file needs a name.").max(255, "File names are limited to 255 characters."),
  content: safeString().optional(),
  size: z.number().int().nonnegative().optional(),
});

const choiceSchema = z.object({
  key: safeString().max(40),
  include: z.boolean().optional(),
  blocks: z.record(safeString().regex(/^\d+$/), z.boolean()).optional(),
  metadata: z
    .object({
      title: safeString(),
      outlet: safeString(),
      url: safeString().nullable(),
      author: safeString().nullable(),
      publishedAt: safeString().nullable(),
      language: safeString(),
    })
    .partial()
    .optional(),
  stripLeadingLabel: z.boolean({ error: "stripLeadingLabel must be true or false." }).optional(),
});

// Preview and commit take the same body: commit re-reads the files, so what
// is saved is computed from the source and the choices, never from a preview
// the client could have altered.
export const articleImportRequestSchema = z.object({
  files: z.array(fileSchema, { error: "files must be a list of {name, content}." }).min(1, "Add at least one file or some pasted text."),
  choices: z.array(choiceSchema).optional(),
  importGoodItems: z.boolean().optional(),
  // Cut every item's leading field label unless its choice says otherwise.
  stripLeadingLabels: z.boolean({ error: "stripLeadingLabels must be true or false." }).optional(),
});

export type ArticleImportRequest = z.infer<typeof articleImportRequestSchema>;
