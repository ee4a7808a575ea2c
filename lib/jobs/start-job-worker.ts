import type PgBoss from "pg-boss";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import type { SuggestionIndexData } from "@/lib/jobs/enqueue-suggestion-index";
import { jobQueueNames, type JobData } from "@/lib/jobs/job-queue-names";
import { markDeadJobFailed } from "@/lib/jobs/mark-dead-job-failed";
import { runBackgroundJob } from "@/lib/jobs/run-background-job";

// One job at a time per queue and process: the work is CPU-bound (extraction,
// taggers, serialisers) and the embedded database has one connection; more
// throughput comes from more worker processes. Jobs someone is watching
// (imports, exports) are polled for every second, so they start promptly;
// internal ones less often, to keep an idle server's queries few.
const options = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 } as const;
const background = { ...options, pollingIntervalSeconds: 5 } as const;

/**
 * Makes this process work the queues: the app server on the embedded
 * database (JOB_WORKER=in-process), and `npm run worker` processes.
 */
export async function startJobWorker(): Promise<PgBoss> {
  const boss = await getJobQueue();
  // Handlers are imported when their first job arrives: they bring the text
  // processing libraries (compromise, wink-nlp, linkedom), tens of MB that a
  // server whose queues stay empty need not hold (docs/benchmarks.md, "Idle memory").
  await boss.work<JobData>(jobQueueNames.articleImport, options, async ([job]) => {
    if (!job) return;
    const { importArticlesJob } = await import("@/lib/jobs/handlers/import-articles-job");
    await runBackgroundJob(job, importArticlesJob);
  });
  await boss.work<JobData>(jobQueueNames.export, options, async ([job]) => {
    if (!job) return;
    const { prepareExportJob } = await import("@/lib/jobs/handlers/prepare-export-job");
    await runBackgroundJob(job, prepareExportJob);
  });
  await boss.work<SuggestionIndexData>(jobQueueNames.suggestionIndex, background, async ([job]) => {
    if (!job) return;
    const { indexSuggestionsJob } = await import("@/lib/jobs/handlers/index-suggestions-job");
    await indexSuggestionsJob(job.data);
  });
  await boss.work<JobData>(jobQueueNames.deadLetter, background, async ([job]) => {
    if (job) await markDeadJobFailed(job.data);
  });
  return boss;
}
