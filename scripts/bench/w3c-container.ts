// W3C protocol container benchmark (issue 13): how long the server takes to
// answer the container (counts only), its first, middle and last pages of
// 100 full annotations, and one annotation, on a seeded project, through the
// same data function as the route handlers (findW3cAnnotations, then
// JSON.stringify as the route does; HTTP and auth are left out), as an owner
// and as a viewer (pseudonymised, which loads the exporter's whole vocabulary). A benchmark, not a
// test: it prints figures and fails only when something cannot run.
//
//   npm run bench:w3c [-- --size 400x50 --runs 7 --server postgresql://postgres@127.0.0.1:5432/postgres]
//
// Results: docs/benchmarks.md, "W3C protocol container".
import { cpus, loadavg } from "node:os";
import { BENCH_SERVER, readBenchOptions } from "@/scripts/bench/support/read-bench-options";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { loadExportVocabulary } from "@/lib/server/export/load-export-vocabulary";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { findW3cAnnotations } from "@/lib/server/w3c/find-w3c-annotations";
import { W3C_PAGE_SIZE, lastPageIndex } from "@/lib/w3c/annotation-container-pages";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { seedExportBench } from "./export-support/seed-export-bench";

const values = readBenchOptions({ size: "400x50", runs: 7, server: BENCH_SERVER });
const server = values.server;
const [articles, perArticle] = values.size.split("x").map(Number) as [number, number];
const runs = values.runs;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  console.log(`W3C container benchmark: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}, ${articles} articles × ${perArticle} annotations, medians of ${runs} runs\n`);
  const scratch = await createScratchDatabase(server, "claimdesk_bench_w3c");
  try {
    await migrateDatabase(scratch.url);
    const { projectId } = await seedExportBench(scratch.url, articles, perArticle);
    const db = createPrismaClient(scratch.url, 2);
    try {
      const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, slug: true, name: true, description: true, blindAnnotation: true } });
      const owner = await db.membership.findFirstOrThrow({ where: { projectId, role: "OWNER" }, select: { userId: true } });
      // The bench's own client: the access is stated, as a route would resolve it.
      const access = { project, role: "OWNER", userId: owner.userId } as ProjectAccess;
      const baseUrl = "https://claimdesk.example.org";
      const viewer: ProjectAccess = { ...access, role: "VIEWER" };
      const page = (n: number, who = access) => async () => JSON.stringify(await findW3cAnnotations(db, who, baseUrl, { offset: n * W3C_PAGE_SIZE, limit: W3C_PAGE_SIZE }));
      const { total, items } = await findW3cAnnotations(db, access, baseUrl, { offset: 0, limit: 1 }); // warm-up: query plans compiled
      const last = lastPageIndex(total);
      const oneId = String(items[0]?.annotation.id ?? "").split("/").at(-1)!;
      const rows: Array<[string, number]> = [
        ["container, counts only (Prefer minimal)", await timed(() => findW3cAnnotations(db, access, baseUrl, { offset: 0, limit: 0 }))],
        ["page 0 (100 annotations)", await timed(page(0))],
        [`page ${Math.floor(last / 2)} (middle)`, await timed(page(Math.floor(last / 2)))],
        [`page ${last} (last)`, await timed(page(last))],
        ["one annotation", await timed(() => findW3cAnnotations(db, access, baseUrl, { annotationId: oneId }))],
        // Viewers read pseudonyms, numbered over the whole project: the exporter's full vocabulary load.
        ["page 0 as a viewer (pseudonymised)", await timed(page(0, viewer))],
        ["one annotation as a viewer (pseudonymised)", await timed(() => findW3cAnnotations(db, viewer, baseUrl, { annotationId: oneId }))],
        ["of which: the exporter's full vocabulary load", await timed(() => loadExportVocabulary(db, projectId))],
      ];
      console.log(`${total} annotations in the container\n`);
      console.log("| answer | median ms |\n| --- | ---: |");
      for (const [what, ms] of rows) console.log(`| ${what} | ${ms.toFixed(1)} |`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await scratch.drop();
  }
}

await main();
