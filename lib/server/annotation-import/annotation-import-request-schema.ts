import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

const format = z.enum(["label-studio", "doccano", "claimdesk-jsonl", "w3c"], {
  error: "format must be one of label-studio, doccano, claimdesk-jsonl, w3c.",
});
const labelKind = z.enum(["CLAIM_TYPE", "ENTITY_TYPE", "VERIFICATION_STATUS"]);

export const annotationImportRequestSchema = z.object({
  files: z
    .array(z.object({ name: safeString().trim().min(1).max(255), content: safeString().optional(), size: z.number().int().nonnegative().optional() }), {
      error: "files must be a list of {name, content}.",
    })
    .min(1, "Add at least one file."),
  // Overrides detection for every file, or per file index.
  format: format.optional(),
  formats: z.record(safeString().regex(/^\d+$/), format).optional(),
  labelMapping: z
    .record(
      safeString().max(300),
      z.union([
        z.object({ labelId: safeString().min(1) }),
        z.object({ create: z.object({ kind: labelKind, name: safeString().trim().min(1).max(60) }) }),
        z.object({ skip: z.literal(true) }),
      ]),
    )
    .optional(),
  // Create articles the project lacks from the file's text. Defaults to
  // true in a project without articles (the round trip), false otherwise.
  createArticles: z.boolean().optional(),
  importGoodItems: z.boolean().optional(),
  // Owner-only, off by default: attribute annotations to the file's authors
  // who are members here, and keep the file's review states and gold layer.
  // Otherwise the importer is the author and everything arrives pending.
  keepAuthors: z.boolean({ error: "keepAuthors must be true or false." }).optional(),
  keepReviewStates: z.boolean({ error: "keepReviewStates must be true or false." }).optional(),
});

export type AnnotationImportRequest = z.infer<typeof annotationImportRequestSchema>;
