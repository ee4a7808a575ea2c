import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/get-job-queue";
import { exportFilePath } from "@/lib/jobs/export-file-path";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import type { ArticleImportResult } from "@/lib/server/article-import/article-import-types";
import { startArticleImportJob } from "@/lib/server/background-job/start-article-import-job";
import { startExportJob } from "@/lib/server/background-job/start-export-job";
import { getBackgroundJob } from "@/lib/server/background-job/get-background-job";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { makeJsonlArticles } from "./support/make-jsonl-articles";
import { finished, waitForJob } from "./support/wait-for-job";

// Background jobs end to end in one process (the embedded database's way:
// the worker runs beside the requests, on the same pool): queued, worked,
// progress and result in the job's row; a failing job retried, then
// reported failed with its error and attempts.
describe("background jobs (pg-boss on the app's pool)", () => {
  const saved: Record<string, string | undefined> = {};
  let exportDir = "";

  beforeAll(async () => {
    exportDir = await mkdtemp(join(tmpdir(), "claimdesk-exports-"));
    for (const key of ["EXPORT_DIR", "JOB_RETRY_LIMIT", "JOB_RETRY_DELAY_SECONDS"]) saved[key] = process.env[key];
    process.env.EXPORT_DIR = exportDir;
    process.env.JOB_RETRY_DELAY_SECONDS = "0";
    await startJobWorker();
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await stopJobQueue(5_000);
  });

  it("imports a batch in the background: progress reaches the total, every article once; the same batch again creates nothing", async () => {
    const { project, owner } = await createTestProject();
    const file = makeJsonlArticles(60, "bg");
    const job = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [file] }));
    const done = await waitForJob(job.id, finished);
    expect(done.state).toBe("COMPLETED");
    expect({ done: done.done, total: done.total, attempts: done.attempts, error: done.error }).toEqual({ done: 60, total: 60, attempts: 1, error: null });
    const result = done.result as unknown as ArticleImportResult;
    expect(result.created).toHaveLength(60);
    expect(result.duplicates).toHaveLength(0);
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(60);
    // Each article got its revision 1 and one audit row, as a synchronous import does.
    expect(await db.articleRevision.count({ where: { article: { projectId: project.id } } })).toBe(60);
    expect(await db.auditLog.count({ where: { projectId: project.id, action: "article.import" } })).toBe(60);

    const again = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [file] }));
    const second = await waitForJob(again.id, finished);
    expect(second.state).toBe("COMPLETED");
    const secondResult = second.result as unknown as ArticleImportResult;
    expect(secondResult.created).toHaveLength(0);
    expect(secondResult.duplicates).toHaveLength(60);
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(60);
  });

  it("refuses a bad request before queueing, and fails an import with item errors at once (no retries)", async () => {
    const { project, owner, viewer } = await createTestProject();
    await expect(withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [] }))).rejects.toThrow(/at least one file/);
    await expect(withProjectAccess(viewer.id, project.slug, (access) => startArticleImportJob(access, { files: [makeJsonlArticles(1, "v")] }))).rejects.toThrow(/does not allow/);
    expect(await db.backgroundJob.count({ where: { projectId: project.id } })).toBe(0);

    const bad = { name: "bad.jsonl", content: `${makeJsonlArticles(1, "ok").content}\n{"title": "no text"}` };
    const job = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [bad] }));
    const done = await waitForJob(job.id, finished);
    expect({ state: done.state, attempts: done.attempts }).toEqual({ state: "FAILED", attempts: 1 });
    expect(done.error).toMatch(/1 item\(s\) could not be imported/);
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("prepares an export as a file with the streaming export's bytes; only its starter sees the job", async () => {
    const { project, owner, annotator } = await createTestProject();
    const imported = await withProjectAccess(owner.id, project.slug, (access) => startArticleImportJob(access, { files: [makeJsonlArticles(3, "ex")] }));
    await waitForJob(imported.id, finished);
    const job = await withProjectAccess(owner.id, project.slug, (access) => startExportJob(access, { query: { format: "jsonl" } }, "http://localhost:3000"));
    const done = await waitForJob(job.id, finished);
    expect(done.state).toBe("COMPLETED");
    const result = done.result as { fileName: string; bytes: number };
    const bytes = await readFile(exportFilePath(job.id, result.fileName));
    expect(bytes.byteLength).toBe(result.bytes);
    expect(done.done).toBe(result.bytes);
    // One JSONL record per article.
    expect(bytes.toString("utf8").trim().split("\n")).toHaveLength(3);
    expect(exportFilePath(job.id, result.fileName).startsWith(exportDir)).toBe(true);
    await expect(withProjectAccess(annotator.id, project.slug, (access) => getBackgroundJob(access, job.id))).rejects.toThrow(/Job not found/);
  });

  it("retries a failing job with backoff, then reports it failed with its error and attempts (never lost)", async () => {
    const { project, owner } = await createTestProject();
    // EXPORT_DIR under a regular file: every attempt fails to create its folder.
    const blocker = join(exportDir, "not-a-folder");
    await writeFile(blocker, "");
    process.env.EXPORT_DIR = join(blocker, "exports");
    process.env.JOB_RETRY_LIMIT = "2";
    try {
      const job = await withProjectAccess(owner.id, project.slug, (access) => startExportJob(access, { query: { format: "jsonl" } }, "http://localhost:3000"));
      const seen = new Set<string>();
      const done = await waitForJob(job.id, (j) => {
        seen.add(j.state);
        return finished(j);
      });
      expect({ state: done.state, attempts: done.attempts, maxAttempts: done.maxAttempts }).toEqual({ state: "FAILED", attempts: 3, maxAttempts: 3 });
      expect(done.error).toMatch(/ENOTDIR|not a directory/);
      // The queue holds it as failed too (kept for inspection, not dropped).
      const boss = await getJobQueue();
      const failed = await db.$queryRaw<Array<{ state: string; retry_count: number }>>`
        SELECT state::text, retry_count FROM pgboss.job WHERE name = 'export' AND data->>'backgroundJobId' = ${job.id}`;
      expect(boss).toBeTruthy();
      expect(failed).toEqual([{ state: "failed", retry_count: 2 }]);
    } finally {
      process.env.EXPORT_DIR = exportDir;
      delete process.env.JOB_RETRY_LIMIT;
    }
  });
});
