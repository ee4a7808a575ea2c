// Background jobs benchmark (issue 14 part 4): in a scratch database on a
// real Postgres server, queues one background import of N synthetic JSONL
// articles, works it with an in-process worker (as `npm run worker` does),
// and prints the import's wall time and articles/s; then, for a sample of the
// imported articles, what opening one costs for the built-in suggesters'
// findings on a cache hit (SuggestionCandidateCache) against computing them.
//
//   npm run bench:jobs [-- --articles 2000 --sample 50 --server postgresql://postgres@127.0.0.1:5432/postgres]
//
// Results: docs/benchmarks.md, "Background jobs".
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { median, percentile } from "@/scripts/bench/support/statistics";

const { values } = parseArgs({ options: { articles: { type: "string" }, sample: { type: "string" }, server: { type: "string" } } });
const server = values.server ?? process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ARTICLES = Number(values.articles ?? 2000);
const SAMPLE = Number(values.sample ?? 50);

async function main(): Promise<void> {
  const scratch = await createScratchDatabase(server, "bench_jobs");
  try {
    await migrateDatabase(scratch.url);
    // Before any module reads the environment: the app's pool goes to the scratch database.
    process.env.DATABASE_URL = scratch.url;
    process.env.DATABASE_POOL_MAX = "4";
    process.env.LOG_LEVEL = "silent";
    process.env.JOB_SUPERVISE_SECONDS = "5";
    process.env.NEXTAUTH_SECRET ??= "bench-only-secret-0123456789abcdef0123456789";
    const { db } = await import("@/lib/db");
    const { endAppPool } = await import("@/lib/db/app-pool");
    const { transaction } = await import("@/lib/db/transaction");
    const { createProject } = await import("@/lib/server/project/create-project");
    const { requireProjectAccess } = await import("@/lib/server/project/require-project-access");
    const { startArticleImportJob } = await import("@/lib/server/background-job/start-article-import-job");
    const { startJobWorker } = await import("@/lib/jobs/start-job-worker");
    const { stopJobQueue } = await import("@/lib/jobs/get-job-queue");
    const { loadProjectRegistry } = await import("@/lib/server/suggestion/load-project-registry");
    const { loadSuggestionCandidates } = await import("@/lib/server/suggestion/load-suggestion-candidates");
    const { findSuggestionCandidates } = await import("@/lib/suggestions/find-suggestion-candidates");

    const owner = await db.user.create({ data: { email: "bench-owner@example.com", name: "Bench owner" } });
    const project = await transaction((tx) => createProject(tx, owner.id, { name: "Bench jobs", slug: "bench-jobs" }));
    const access = await requireProjectAccess(owner.id, project.slug, "articles.import");
    const lines = Array.from({ length: ARTICLES }, (_, i) =>
      JSON.stringify({
        title: `Report ${i}`,
        outlet: "Bench Ledger",
        language: "en",
        text:
          `Officials in district ${i} confirmed on Monday that the river had risen by ${i % 7} metres overnight, police said. ` +
          `Rescue teams moved ${i * 3} families to higher ground in Gujranwala, according to Hafiz Saeed of the district administration.\n\n` +
          `The meeting lasted ${i % 5} hours, according to two officials who asked not to be named.`,
      }),
    );

    await startJobWorker();
    const started = performance.now();
    const job = await startArticleImportJob(access, { files: [{ name: "bench.jsonl", content: lines.join("\n") }] });
    let row = await db.backgroundJob.findUniqueOrThrow({ where: { id: job.id } });
    while (row.state !== "COMPLETED" && row.state !== "FAILED") {
      await new Promise((r) => setTimeout(r, 200));
      row = await db.backgroundJob.findUniqueOrThrow({ where: { id: job.id } });
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`import of ${ARTICLES} articles as a background job: ${row.state}, ${seconds.toFixed(1)} s, ${(ARTICLES / seconds).toFixed(0)} articles/s`);

    // Let the suggestion-index jobs the import queued finish, then compare a hit with computing.
    const articles = await db.article.findMany({ where: { projectId: project.id }, select: { id: true, revision: true, text: true }, take: SAMPLE, orderBy: { createdAt: "desc" } });
    while ((await db.suggestionCandidateCache.count({ where: { articleId: { in: articles.map((a) => a.id) } } })) < articles.length) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const indexed = await db.suggestionCandidateCache.count({ where: { article: { projectId: project.id } } });
    console.log(`suggestion cache rows after the import: ${indexed} of ${ARTICLES}`);
    await stopJobQueue(5_000);
    const registry = await loadProjectRegistry(db, project.id);
    const hit: number[] = [];
    const compute: number[] = [];
    for (const article of articles) {
      let t = performance.now();
      await loadSuggestionCandidates(db, article, registry);
      hit.push(performance.now() - t);
      t = performance.now();
      findSuggestionCandidates(article.text, registry);
      compute.push(performance.now() - t);
    }
    const ms = (xs: number[]) => `median ${median(xs).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms`;
    console.log(`suggester findings per article open (${articles.length} articles): cache hit ${ms(hit)}; computing ${ms(compute)}`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    await endAppPool();
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
