import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueBackgroundJob } from "@/lib/jobs/enqueue-background-job";
import { articleImportRequestSchema } from "@/lib/server/article-import/article-import-request-schema";
import type { BackgroundImportInput } from "@/lib/server/background-job/background-import-input";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { parseInput } from "@/lib/validations/parse-input";

/**
 * Queues an article import (the same request as the synchronous commit) to
 * run in the background; the job saves in chunks and reports progress.
 * Bad input is refused here, before anything is queued.
 */
export async function startArticleImportJob(access: ProjectAccess, input: unknown): Promise<{ id: string }> {
  assertCan(access, "articles.import");
  const request = parseInput(articleImportRequestSchema, input, "Invalid import request.");
  const jobInput: BackgroundImportInput = { projectSlug: access.project.slug, request };
  return enqueueBackgroundJob(access, "article-import", jobInput as unknown as Prisma.InputJsonValue);
}
