import { z } from "zod";

// What a background export keeps as its input: the project, the export's
// query exactly as the streaming export takes it (re-parsed and re-authorized
// when the job runs), and the public address ids are built on.
export const backgroundExportInputSchema = z.object({
  projectSlug: z.string().min(1),
  query: z.record(z.string(), z.string()),
  baseUrl: z.string().url(),
});

export type BackgroundExportInput = z.infer<typeof backgroundExportInputSchema>;
