import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/get-job-queue";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import * as importRoute from "@/app/api/projects/[slug]/jobs/article-import/route";
import * as exportRoute from "@/app/api/projects/[slug]/jobs/export/route";
import * as jobRoute from "@/app/api/projects/[slug]/jobs/[jobId]/route";
import * as fileRoute from "@/app/api/projects/[slug]/jobs/[jobId]/file/route";
import { createTestProject } from "@/tests/support/create-test-project";
import { tokenFor } from "../realtime/support/token-for";
import { makeJsonlArticles } from "./support/make-jsonl-articles";
import { finished, waitForJob } from "./support/wait-for-job";

const call = (token: string, method: string, body?: unknown) =>
  new Request("http://localhost/x", {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const at = (slug: string) => ({ params: Promise.resolve({ slug }) });
const atJob = (slug: string, jobId: string) => ({ params: Promise.resolve({ slug, jobId }) });

// The job routes check the caller and their rights inside each handler:
// who may start which job, that a job and its file are its starter's only,
// and that a file is served once it is ready.
describe("job routes", () => {
  let saved: string | undefined;
  beforeAll(async () => {
    saved = process.env.EXPORT_DIR;
    process.env.EXPORT_DIR = await mkdtemp(join(tmpdir(), "claimdesk-exports-"));
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.EXPORT_DIR;
    else process.env.EXPORT_DIR = saved;
    await stopJobQueue(5_000);
  });

  it("refuses non-importers and bad bodies, queueing nothing", async () => {
    const { project, annotator, owner } = await createTestProject();
    const body = { files: [makeJsonlArticles(2, "r")] };
    expect((await importRoute.POST(call(await tokenFor(annotator.id), "POST", body), at(project.slug))).status).toBe(403);
    const ownerToken = await tokenFor(owner.id);
    const bad = await importRoute.POST(call(ownerToken, "POST", { files: "nope" }), at(project.slug));
    expect(bad.status).toBe(400);
    const badExport = await exportRoute.POST(call(ownerToken, "POST", { query: { format: "xml" } }), at(project.slug));
    expect(badExport.status).toBe(400);
    expect(((await badExport.json()) as { error: { message: string } }).error.message).toMatch(/format must be one of/);
    expect(await db.backgroundJob.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("starts an export (202), follows it, serves the file to its starter only; 409 before it is ready", async () => {
    const { project, owner, reviewer, outsider } = await createTestProject();
    const ownerToken = await tokenFor(owner.id);
    const started = await exportRoute.POST(call(ownerToken, "POST", { query: { format: "jsonl" } }), at(project.slug));
    expect(started.status).toBe(202);
    const { job } = (await started.json()) as { job: { id: string } };

    // Anonymous callers are covered by the e2e walk of every route (anonymous-access.spec.ts): without a
    // request context, next-auth cannot read a session here.
    // No worker yet: queued, and its file not ready.
    const queued = await jobRoute.GET(call(ownerToken, "GET"), atJob(project.slug, job.id));
    expect(((await queued.json()) as { job: { state: string } }).job.state).toBe("QUEUED");
    expect((await fileRoute.GET(call(ownerToken, "GET"), atJob(project.slug, job.id))).status).toBe(409);

    await startJobWorker();
    await waitForJob(job.id, finished);
    const done = (await (await jobRoute.GET(call(ownerToken, "GET"), atJob(project.slug, job.id))).json()) as { job: { state: string; result: { fileName: string } } };
    expect(done.job.state).toBe("COMPLETED");
    const file = await fileRoute.GET(call(ownerToken, "GET"), atJob(project.slug, job.id));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="${done.job.result.fileName}"`);
    expect(await file.text()).toBe("");

    // A colleague of the same project, and an outsider, see neither the job nor its file.
    const reviewerToken = await tokenFor(reviewer.id);
    expect((await jobRoute.GET(call(reviewerToken, "GET"), atJob(project.slug, job.id))).status).toBe(404);
    expect((await fileRoute.GET(call(reviewerToken, "GET"), atJob(project.slug, job.id))).status).toBe(404);
    expect((await fileRoute.GET(call(await tokenFor(outsider.id), "GET"), atJob(project.slug, job.id))).status).toBe(404);
  });
});
