import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/get-job-queue";
import { startArticleImportJob } from "@/lib/server/background-job/start-article-import-job";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { makeJsonlArticles } from "./support/make-jsonl-articles";
import { spawnWorker, type WorkerProcess } from "./support/spawn-worker";
import { finished, waitForJob } from "./support/wait-for-job";
import { expectImportCompletedOnce } from "./support/expect-import-completed-once";

// Issue 14, "faults survived": a worker process killed with SIGKILL in the
// middle of a large import. The job expires (JOB_EXPIRE_SECONDS), is retried
// by a second worker process, and completes; every article exists exactly
// once, because each chunk's articles and the job's progress commit together.
// Needs a Postgres server (TEST_DATABASE_URL): worker processes are separate
// clients, and the embedded database takes one connection at a time.
const onServer = !!process.env.TEST_DATABASE_URL;
const ARTICLES = 400;

describe.runIf(onServer)("a worker killed mid-job", () => {
  const workers: WorkerProcess[] = [];
  const workerEnv = { DATABASE_POOL_MAX: "4", JOB_SUPERVISE_SECONDS: "1", LOG_LEVEL: "silent" };

  beforeAll(() => {
    // Read when this process queues the job: a lost job is retried after 20 s.
    process.env.JOB_EXPIRE_SECONDS = "20";
    process.env.JOB_RETRY_DELAY_SECONDS = "0";
    process.env.JOB_SUPERVISE_SECONDS = "1";
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await stopJobQueue(1_000);
  });

  it("retries the job in another worker and completes it once: no article lost or doubled", async () => {
    const { project, owner } = await createTestProject();
    const first = await spawnWorker(workerEnv);
    workers.push(first);
    const job = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [makeJsonlArticles(ARTICLES, "kill")] }));

    // Mid-job: some chunks committed, most not.
    const running = await waitForJob(job.id, (j) => j.state === "RUNNING" && j.done >= 50);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe(null);
    const atKill = await db.backgroundJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(atKill.state).toBe("RUNNING");
    expect(atKill.done).toBeLessThan(ARTICLES);
    expect(atKill.done).toBeGreaterThanOrEqual(running.done);
    // What was committed before the kill is there, and nothing more.
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(atKill.done);

    workers.push(await spawnWorker(workerEnv));
    const done = await waitForJob(job.id, finished);
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    await expectImportCompletedOnce(done, project.id, ARTICLES, "kill");
  }, 300_000);
});
