import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { jobQueueNames } from "@/lib/jobs/job-queue-names";

export type SuggestionIndexData = { articleIds: string[] };

/**
 * Queues precomputing the built-in suggesters' findings for these articles'
 * current revisions (lib/jobs/handlers/index-suggestions-job.ts). Internal
 * work no one follows, so it has no BackgroundJob row; it is idempotent.
 */
export async function enqueueSuggestionIndex(articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const boss = await getJobQueue();
  const data: SuggestionIndexData = { articleIds: [...articleIds] };
  await boss.send(jobQueueNames.suggestionIndex, data, { retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 });
}
