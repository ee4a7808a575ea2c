// The article page's server-side data steps at N annotations, timed in one
// process: main's path (listAnnotations → DTOs → compactAnnotations with its
// re-expansion, then two expansions in the server render) against the page's
// read (listAnnotationColumnRows → compactAnnotationRows, one expansion),
// interleaved run by run so machine noise falls on both alike. Outside
// Next.js (no patched Date), so the figures show the steps, not the page.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench/article-page-steps.ts [--size 5000] [--runs 12]
//
// Fills a scratch database on that server exactly as bench:editor fills its
// own (same seed), and drops it at the end.
import { isDeepStrictEqual, parseArgs } from "node:util";
import { generateArticle } from "./support/generate-article";
import { generateSpans } from "./support/generate-spans";
import { indexWords } from "./support/index-words";
import { loadCorpusSentences } from "./support/load-corpus-sentences";
import { seededRandom } from "./support/seeded-random";
import { fillBenchDatabase } from "./support/fill-bench-database";
import { openBenchDatabase } from "./support/open-bench-database";
import { currentLoadAverage } from "./support/machine-info";

const SEED = 20_260_301;
const SIZES = [500, 5000];

async function filledDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const text = generateArticle(loadCorpusSentences(), 20_000, seededRandom(SEED));
  const index = indexWords(text);
  const sets = SIZES.map((size) => ({ size, spans: generateSpans(index, size, seededRandom(SEED + size)) }));
  const db = await openBenchDatabase();
  try {
    await fillBenchDatabase(db, text, index, sets);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const { values } = parseArgs({ options: { size: { type: "string", default: "5000" }, runs: { type: "string", default: "12" } } });
  const size = Number(values.size);
  const runs = Number(values.runs);
  // A Postgres server, not the embedded database: the app's pool runs in this process beside the fill.
  if (!process.env.TEST_DATABASE_URL) throw new Error("Set TEST_DATABASE_URL to a Postgres server (a scratch database is made there).");
  const database = await filledDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = "5";
  const { db } = await import("@/lib/db");
  const { endAppPool } = await import("@/lib/db/app-pool");
  const { requireProjectAccess } = await import("@/lib/server/project/require-project-access");
  const { getArticle } = await import("@/lib/server/article/get-article");
  const { listAnnotations } = await import("@/lib/server/annotation/list-annotations");
  const { listAnnotationColumnRows } = await import("@/lib/server/annotation/list-annotation-column-rows");
  const { compactAnnotations } = await import("@/lib/annotations/compact/compact-annotations");
  const { compactAnnotationRows } = await import("@/lib/annotations/compact/compact-annotation-rows");
  const { expandAnnotations } = await import("@/lib/annotations/compact/expand-annotations");
  const { createCodePointIndex } = await import("@/lib/anchoring/create-code-point-index");
  try {
    const user = await db.user.findFirstOrThrow({ where: { email: "annotator@example.com" }, select: { id: true } });
    const access = await requireProjectAccess(user.id, "demo");
    const counts = await db.annotation.groupBy({ by: ["articleId"], _count: true, where: { deletedAt: null } });
    const articleId = counts.find((c) => c._count === size)?.articleId;
    if (!articleId) throw new Error(`No article with ${size} annotations (sizes: ${SIZES.join(", ")})`);
    const article = await getArticle(access, articleId);
    const index = createCodePointIndex(article.text);
    const times: Record<string, number[]> = {};
    const time = async <R>(step: string, run: () => R | Promise<R>): Promise<R> => {
      const start = performance.now();
      const result = await run();
      (times[step] ??= []).push(performance.now() - start);
      return result;
    };
    console.log(`${size.toLocaleString("en")} annotations, ${runs} runs after 2 warm-up; load average ${currentLoadAverage()} at start`);
    for (let run = 0; run < runs + 2; run++) {
      const list = await time("main: listAnnotations", () => listAnnotations(access, articleId));
      const before = await time("main: compactAnnotations", () => compactAnnotations(list, index, article));
      await time("main: expandAnnotations ×2 (store, paint plan)", () => [expandAnnotations(before, index), expandAnnotations(before, index)]);
      const rows = await time("now: listAnnotationColumnRows", () => listAnnotationColumnRows(access, articleId));
      const after = await time("now: compactAnnotationRows", () => compactAnnotationRows(rows, index, article));
      await time("now: expandAnnotations ×1", () => expandAnnotations(after, index));
      // The page's payload must not change: checked every run, not only timed.
      if (!isDeepStrictEqual(before, after) || JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`run ${run}: the two paths disagree`);
      if (run < 2) for (const step of Object.keys(times)) times[step] = [];
    }
    console.log("| step | median | min |\n| --- | --- | --- |");
    for (const [step, ms] of Object.entries(times)) console.log(`| ${step} | ${median(ms).toFixed(1)} ms | ${Math.min(...ms).toFixed(1)} ms |`);
    console.log(`load average ${currentLoadAverage()} at end; payloads identical in every run`);
  } finally {
    await db.$disconnect();
    await endAppPool();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
