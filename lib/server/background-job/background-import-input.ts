import { z } from "zod";
import { articleImportRequestSchema } from "@/lib/server/article-import/article-import-request-schema";

// What a background import job keeps as its input: the project and the same
// request the synchronous commit takes (files and the user's choices).
export const backgroundImportInputSchema = z.object({
  projectSlug: z.string().min(1),
  request: articleImportRequestSchema,
});

export type BackgroundImportInput = z.infer<typeof backgroundImportInputSchema>;
