import { z } from "zod";
import { enqueueBackgroundJob } from "@/lib/jobs/enqueue-background-job";
import type { BackgroundExportInput } from "@/lib/server/background-job/background-export-input";
import { parseExportQuery } from "@/lib/server/export/parse-export-query";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";

const startExportSchema = z.object({
  // The streaming export's query parameters (format and filters), as strings.
  query: z.record(z.string().max(100), z.string().max(2000), { error: "query must be an object of export options." }),
});

/**
 * Queues "prepare this export as a file": the same options as the streaming
 * download, checked now (bad options are a 400 and nothing is queued) and
 * again, with the person's rights, when the job runs.
 */
export async function startExportJob(access: ProjectAccess, input: unknown, baseUrl: string): Promise<{ id: string }> {
  assertCan(access, "dataset.export");
  const { query } = parseInput(startExportSchema, input, "Invalid export request.");
  parseExportQuery(query);
  const jobInput: BackgroundExportInput = { projectSlug: access.project.slug, query, baseUrl };
  return enqueueBackgroundJob(access, "export", jobInput);
}
