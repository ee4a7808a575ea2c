import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/get-job-queue";
import { jobQueueNames } from "@/lib/jobs/job-queue-names";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import { startExportJob } from "@/lib/server/background-job/start-export-job";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { waitForJob } from "./support/wait-for-job";

// A job whose worker took it and died on its last attempt never reaches a
// handler's catch: pg-boss's supervision expires it, moves it to the dead
// letter queue, and that queue's handler reports the job failed. Never lost,
// never "running" for ever. (The worker-killed test covers the retry; this
// one the end of the retries, in one process so it runs on the embedded
// database too.)
describe("a job out of retries whose worker died", () => {
  const keys = ["JOB_RETRY_LIMIT", "JOB_EXPIRE_SECONDS", "JOB_SUPERVISE_SECONDS"] as const;
  const saved: Partial<Record<(typeof keys)[number], string | undefined>> = {};

  beforeAll(() => {
    for (const key of keys) saved[key] = process.env[key];
    process.env.JOB_RETRY_LIMIT = "0";
    process.env.JOB_EXPIRE_SECONDS = "1";
    process.env.JOB_SUPERVISE_SECONDS = "1";
  });

  afterAll(async () => {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await stopJobQueue(2_000);
  });

  it("is reported failed through the dead-letter queue", async () => {
    const { project, owner } = await createTestProject();
    // The run's test files share one database, and so one queue: earlier
    // files (the permissions matrix) leave exports no worker took. Empty it,
    // so the fetch below takes this test's job.
    await (await getJobQueue()).purgeQueue(jobQueueNames.export);
    const job = await withProjectAccess(owner.id, project.slug, (access) => startExportJob(access, { query: { format: "jsonl" } }, "http://localhost:3000"));
    // A "worker" takes the job and is never heard of again.
    const boss = await getJobQueue();
    const taken = await boss.fetch(jobQueueNames.export);
    expect(taken?.[0]?.data).toEqual({ backgroundJobId: job.id });

    await startJobWorker();
    const failed = await waitForJob(job.id, (j) => j.state === "FAILED");
    expect(failed.error).toMatch(/stopped without finishing/);
    expect(failed.finishedAt).not.toBeNull();
  });
});
