// Export throughput benchmark (issue 5): seeds annotations into a scratch
// database on a real Postgres server, exports them as JSONL through the same
// streaming code as the API route (in a child process, for a clean peak
// memory figure), and compares the time with psql's \copy of the same rows
// (annotations joined with article, author and labels; their entity links,
// evidence, reviews and cluster memberships) to /dev/null. A benchmark,
// not a test: it prints figures and fails only when something cannot run.
//
//   npm run bench:export [-- --sizes 400x50,2000x50 --runs 3 --batch 100 --heap 128 --semi 2 --format jsonl --server postgresql://postgres@127.0.0.1:5432/postgres]
//
// Sizes are <articles>x<annotations per article>. Results: docs/benchmarks.md, "Export".
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { BENCH_SERVER, readBenchOptions } from "@/scripts/bench/support/read-bench-options";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { seedExportBench } from "./export-support/seed-export-bench";

// Articles per database round trip (the loader's default), and the child's V8
// old-space cap and young-generation semi-space size in MB. A streaming export
// keeps little alive, so a small young generation costs little time and keeps
// ~30 MB of garbage from piling up between scavenges (docs/benchmarks.md).
// Any stream format (docs/export-formats.md); \copy reads the same rows whatever the format.
const values = readBenchOptions({ sizes: "400x50,2000x50", runs: 3, server: BENCH_SERVER, batch: 100, heap: 128, semi: 2, format: "jsonl" });
const server = values.server;
const sizes = values.sizes.split(",").map((s) => s.split("x").map(Number) as [number, number]);
const runs = values.runs;
const batch = String(values.batch);
const heap = String(values.heap);
const semi = String(values.semi);
const format = values.format;
const child = resolve(import.meta.dirname, "export-support/run-export-child.ts");

type ChildResult = { seconds: number; firstByte: number; coldOneArticle: number; bytes: number; annotations: number; articles: number; sha256: string; peakRssMb: number; baseRssMb: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function copySeconds(url: string, projectId: string): number {
  // The rows the JSONL export reads: every annotation joined with its article
  // (text included), author and label keys, and the rows of the tables it
  // aggregates per annotation (entity links, evidence, reviews, clusters),
  // each copied as is.
  const ofProject = `SELECT a.id FROM "Annotation" a WHERE a."projectId" = '${projectId}' AND a."deletedAt" IS NULL`;
  const queries = [
    `SELECT ar.id, ar.title, ar.outlet, ar.url, ar."publishedAt", ar.text, a.id, a.kind, a.start, a."end", a.exact, a.note,
    a."reviewState", a."isGold", a."createdAt", a."updatedAt", u.id, u.name, ct.key, st.key, et.key
    FROM "Article" ar JOIN "Annotation" a ON a."articleId" = ar.id AND a."deletedAt" IS NULL JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN "Label" ct ON ct.id = a."claimTypeId" LEFT JOIN "Label" st ON st.id = a."statusId" LEFT JOIN "Label" et ON et.id = a."entityTypeId"
    WHERE ar."projectId" = '${projectId}' AND ar."deletedAt" IS NULL ORDER BY ar.id, a.start, a."end", a.id`,
    `SELECT ce."claimId", ce."entityId", ce.role, ce."mentionId" FROM "ClaimEntity" ce WHERE ce."claimId" IN (${ofProject})`,
    `SELECT e."claimId", e.id, e.url, e.title, e.stance, e.note FROM "Evidence" e WHERE e."deletedAt" IS NULL AND e."claimId" IN (${ofProject})`,
    `SELECT r."annotationId", r.decision, r."createdAt" FROM "Review" r WHERE r."annotationId" IN (${ofProject})`,
    `SELECT m."annotationId", m."clusterId", m.relation FROM "ClaimClusterMember" m WHERE m."annotationId" IN (${ofProject})`,
  ];
  const started = performance.now();
  execFileSync("psql", [url, "-q", ...queries.flatMap((q) => ["-c", `\\copy (${q.replace(/\s+/g, " ")}) TO '/dev/null'`])], { stdio: ["ignore", "ignore", "inherit"] });
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  console.log(`Export benchmark (${format}): ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}, ${runs} runs per size (medians), batches of ${batch} articles, --max-old-space-size=${heap} --max-semi-space-size=${semi}\n`);
  const rows: string[] = [];
  for (const [articles, perArticle] of sizes) {
    const scratch = await createScratchDatabase(server, "claimdesk_bench_export");
    try {
      await migrateDatabase(scratch.url);
      const seedStart = performance.now();
      const { projectId } = await seedExportBench(scratch.url, articles, perArticle);
      const seeded = (performance.now() - seedStart) / 1000;
      const results: ChildResult[] = [];
      const copies: number[] = [];
      for (let r = 0; r < runs; r++) {
        const out = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, `--max-semi-space-size=${semi}`, "--import", "tsx", child, scratch.url, projectId, format, batch], { encoding: "utf8", cwd: resolve(import.meta.dirname, "../..") });
        if (out.status !== 0) throw new Error(`export child failed:\n${out.stderr}`);
        results.push(JSON.parse(out.stdout.trim().split("\n").pop()!) as ChildResult);
        copies.push(copySeconds(scratch.url, projectId));
      }
      if (new Set(results.map((r) => r.sha256)).size !== 1) throw new Error("runs gave different payloads");
      const seconds = median(results.map((r) => r.seconds));
      const copy = median(copies);
      const first = results[0]!;
      const peak = Math.max(...results.map((r) => r.peakRssMb));
      rows.push(
        `| ${articles.toLocaleString("en")} × ${perArticle} | ${first.annotations.toLocaleString("en")} | ${(first.bytes / 1e6).toFixed(1)} MB | ${seconds.toFixed(2)} s | ` +
          `${Math.round(first.annotations / seconds).toLocaleString("en")} | ${peak.toFixed(0)} MB (base ${first.baseRssMb.toFixed(0)}, export +${Math.max(...results.map((r) => r.peakRssMb - r.baseRssMb)).toFixed(0)}) | ${copy.toFixed(2)} s | ${(seconds / copy).toFixed(2)}× |`,
      );
      console.log(`${articles}×${perArticle}: seeded in ${seeded.toFixed(1)} s; export ${results.map((r) => r.seconds.toFixed(2)).join(", ")} s (first byte after ${results.map((r) => r.firstByte.toFixed(2)).join(", ")} s; cold one-article warm-up ${results.map((r) => r.coldOneArticle.toFixed(2)).join(", ")} s); copy ${copies.map((c) => c.toFixed(2)).join(", ")} s; peak RSS ${peak.toFixed(0)} MB`);
    } finally {
      await scratch.drop();
    }
  }
  console.log(`\n| articles × annotations | annotations | ${format} size | export (median) | annotations/s | peak RSS | psql \\copy (median) | export / copy |`);
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
