import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/get-job-queue";
import { jobQueueNames } from "@/lib/jobs/job-queue-names";
import { startArticleImportJob } from "@/lib/server/background-job/start-article-import-job";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { makeJsonlArticles } from "./support/make-jsonl-articles";
import { spawnWorker, type WorkerProcess } from "./support/spawn-worker";
import { finished, waitForJob } from "./support/wait-for-job";
import { expectImportCompletedOnce } from "./support/expect-import-completed-once";

// Issue 14: a worker stopped with SIGTERM in the middle of a large import
// (a deploy, a scale-down) finishes its current chunk, hands the job back to
// the queue without using up a retry, and exits 0; a second worker takes the
// job at once and completes it, every article saved exactly once. Needs a
// Postgres server (TEST_DATABASE_URL), as worker-killed.test.ts does.
const onServer = !!process.env.TEST_DATABASE_URL;
const ARTICLES = 400;

type QueueRow = { state: string; retry_count: number; started_on: Date | null };

async function queueRow(backgroundJobId: string): Promise<QueueRow> {
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT state::text AS state, retry_count, started_on FROM pgboss.job
     WHERE name = ${jobQueueNames.articleImport} AND data->>'backgroundJobId' = ${backgroundJobId}`;
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe.runIf(onServer)("a worker stopped with SIGTERM mid-job", () => {
  const workers: WorkerProcess[] = [];
  const workerEnv = { DATABASE_POOL_MAX: "4", JOB_SUPERVISE_SECONDS: "1", LOG_LEVEL: "silent" };
  const saved = { expire: process.env.JOB_EXPIRE_SECONDS, delay: process.env.JOB_RETRY_DELAY_SECONDS };

  beforeAll(() => {
    // Read when this process queues the job. Expiry far away, and a retry
    // delay that would show: only the hand-back can bring the job to the
    // second worker promptly, and without counting an attempt.
    process.env.JOB_EXPIRE_SECONDS = "900";
    process.env.JOB_RETRY_DELAY_SECONDS = "600";
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await stopJobQueue(1_000);
    for (const [key, value] of [["JOB_EXPIRE_SECONDS", saved.expire], ["JOB_RETRY_DELAY_SECONDS", saved.delay]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("hands the job back with its retry count unchanged; another worker completes it once", async () => {
    const { project, owner } = await createTestProject();
    const first = await spawnWorker(workerEnv);
    workers.push(first);
    const job = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [makeJsonlArticles(ARTICLES, "stop")] }));

    const running = await waitForJob(job.id, (j) => j.state === "RUNNING" && j.done >= 50);
    const before = await queueRow(job.id);
    expect(before.state).toBe("active");
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    // Back in the queue, ready now, not counted as an attempt.
    const after = await queueRow(job.id);
    expect(after).toMatchObject({ state: "retry", retry_count: before.retry_count, started_on: null });
    const atStop = await db.backgroundJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(atStop.state).toBe("QUEUED");
    expect(atStop.done).toBeGreaterThanOrEqual(running.done);
    expect(atStop.done).toBeLessThan(ARTICLES);
    // Stopped at a chunk boundary: what is saved is exactly what the job counted.
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(atStop.done);

    workers.push(await spawnWorker(workerEnv));
    const done = await waitForJob(job.id, finished);
    expect(done.attempts).toBe(atStop.attempts);
    expect((await queueRow(job.id)).retry_count).toBe(before.retry_count);
    await expectImportCompletedOnce(done, project.id, ARTICLES, "stop");
  }, 300_000);
});
