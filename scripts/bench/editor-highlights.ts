// Editor highlight benchmark (issue 3): how fast the article page paints
// thousands of overlapping and nested annotations, how fast a claim made with
// the C key appears, and whether scrolling stays smooth — measured in the
// same run against @recogito/text-annotator 4.1.1 and the bare CSS Custom
// Highlight API on the same text and spans. A benchmark, not a test: it
// prints figures and fails only when something could not be run.
//
//   npm run bench:editor [-- --sizes 500,2000,5000 --runs 5 --json out.json]
//
// See docs/benchmarks.md for what each figure means and the latest results.
import { chromium, type Browser } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { bundleBrowserScript } from "./support/bundle-browser-script";
import { formatReport, type BenchReport, type SizeResult } from "./support/format-report";
import { generateArticle } from "./support/generate-article";
import { generateSpans, type BenchSpan } from "./support/generate-spans";
import { indexWords, type WordIndex } from "./support/index-words";
import { countWords } from "./support/count-words";
import { loadCorpusSentences } from "./support/load-corpus-sentences";
import { currentLoadAverage, machineInfo } from "./support/machine-info";
import { measureEditor, type EditorResult } from "./support/measure-editor";
import { DEFAULT_LAYOUT, measureReference, type Offsets } from "./support/measure-reference";
import { openBenchDatabase } from "./support/open-bench-database";
import { fillBenchDatabase } from "./support/fill-bench-database";
import { parseBenchOptions } from "./support/parse-bench-options";
import { seededRandom } from "./support/seeded-random";
import { spanStats } from "./support/span-stats";
import { startApp } from "./support/start-app";

const SEED = 20_260_301;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const toUtf16 = (index: WordIndex, spans: readonly BenchSpan[]): Offsets => spans.map((s) => [index.toUtf16[s.start]!, index.toUtf16[s.end]!]);

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  const loadAverage = currentLoadAverage();
  const text = generateArticle(loadCorpusSentences(), options.words, seededRandom(SEED));
  const index = indexWords(text);
  const sets = options.sizes.map((size) => ({ size, spans: generateSpans(index, size, seededRandom(SEED + size)) }));
  // Two-word spans in the first screen, for adding one annotation at a time.
  const firstScreen = Array.from({ length: options.keystrokes }, (_, i) => index.words.slice(10 + 4 * i, 12 + 4 * i));
  const addOffsets: Offsets = firstScreen.map(([a, b]) => [index.toUtf16[a!.start]!, index.toUtf16[b!.end]!]);

  const cleanups: Array<() => Promise<void>> = [];
  const failures: string[] = [];
  try {
    let app: { url: string; articleIds: Map<number, string>; database: string } | null = null;
    if (!options.referenceOnly) {
      const db = await openBenchDatabase();
      cleanups.push(db.close);
      console.log(`Database: ${db.label}; inserting ${sets.length} articles…`);
      const articleIds = await fillBenchDatabase(db, text, index, sets);
      console.log(`Starting the app on port ${options.port} (builds it first if sources changed)…`);
      const running = await startApp({ port: options.port, database: await db.release() });
      cleanups.push(running.stop);
      console.log(`App log: ${running.logFile}`);
      app = { url: running.url, articleIds, database: db.label };
    }
    const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    const [probe, reference] = await Promise.all([bundleBrowserScript("paint-probe"), bundleBrowserScript("reference-page")]);

    const sizes: SizeResult[] = [];
    for (const { size, spans } of sets) {
      let editor: EditorResult | null = null;
      if (app) {
        console.log(`${size.toLocaleString("en")} annotations: the app…`);
        try {
          editor = await measureEditor(browser, probe.js, {
            appUrl: app.url,
            articlePath: `/projects/demo/articles/${app.articleIds.get(size)}`,
            expected: size,
            runs: options.runs,
            keystrokes: options.keystrokes,
            scrollMs: options.scrollMs,
            timeoutMs: 60_000,
            tracePath: options.trace ? `${options.trace}-${size}.json` : undefined,
            loadTracePath: options.trace ? `${options.trace}-${size}-load.json` : undefined,
            traceInvalidations: options.traceInvalidations,
          });
        } catch (error) {
          failures.push(`${size} annotations, app: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // Same column width and type as the app, so both wrap the same lines.
      console.log(`${size.toLocaleString("en")} annotations: text-annotator and the CSS floor…`);
      const layout = editor?.layout ?? DEFAULT_LAYOUT;
      const ref = await measureReference(browser, reference, { text, layout, offsets: toUtf16(index, spans), addOffsets, runs: options.runs, scrollMs: options.scrollMs });
      sizes.push({ size, spans: spanStats(spans), editor, reference: ref });
    }

    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench:editor${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
      machine: machineInfo(browser.version(), loadAverage),
      article: {
        words: countWords(text),
        codePoints: index.codePointLength,
        paragraphs: text.split("\n\n").length,
        astral: text.length - index.codePointLength,
      },
      database: app?.database ?? null,
      sizes,
    };
    console.log(`\n${formatReport(report)}`);
    if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2));
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error(e));
  }
  for (const failure of failures) console.error(`Not measured: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
