// Live-update latency: 50 simulated viewers (event streams over HTTP with
// session cookies) on one article while a colleague edits an annotation;
// for every write, the delay until it reached each viewer. Not a test: the
// figures go to docs/benchmarks.md. `npm run bench:live -- --help`.
import { writeFileSync } from "node:fs";
import { readBenchOptions } from "./support/read-bench-options";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { currentLoadAverage, machineInfo } from "./support/machine-info";
import { percentile } from "./support/statistics";
import { startScratchApp } from "./live-latency/start-scratch-app";
import { signInOverHttp } from "./live-latency/sign-in-over-http";
import { arrivalKey, openViewer, type Viewer } from "./live-latency/open-viewer";

const USAGE = `npm run bench:live -- [options]
  --mode both|embedded|postgres   which database (and so which bus) to start the app on (default both)
  --postgres URL                  server for postgres mode (default $TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres)
  --url URL                       measure an app that is already running (demo data) instead of starting one
  --viewers 50  --writes 40  --port 3711  --json FILE`;

const values = readBenchOptions(
  {
    mode: "both",
    postgres: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    url: undefined,
    viewers: 50,
    writes: 40,
    port: 3711,
    json: undefined,
  },
  { usage: USAGE, min: 1 },
);
const viewerCount = values.viewers;
const writeCount = values.writes;
const ACCOUNTS = ["owner@example.com", "reviewer@example.com", "annotator2@example.com", "viewer@example.com", "annotator@example.com"];
const WAIT_MS = 5000;

type Result = { mode: string; viewers: number; writes: number; samples: number; missing: number; p50: number; p95: number; max: number; writeP50: number; afterResponseP95: number; delays: number[] };

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function measure(mode: string, baseUrl: string): Promise<Result> {
  const cookies = await Promise.all(ACCOUNTS.map((email) => signInOverHttp(baseUrl, email, DEMO_PASSWORD)));
  const writer = cookies[cookies.length - 1]!;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/api/projects/demo${path}`, { ...init, headers: { cookie: writer, "content-type": "application/json", ...init.headers } });
  const { articles } = await json<{ articles: Array<{ id: string }> }>(await api("/articles"));
  const articleId = articles[0]!.id;
  const { article } = await json<{ article: { text: string; revision: number } }>(await api(`/articles/${articleId}`));
  const word = /\p{L}{6,}/u.exec(article.text)!;
  const start = Array.from(article.text.slice(0, word.index)).length;
  let { annotation } = await json<{ annotation: AnnotationDTO }>(
    await api(`/articles/${articleId}/annotations`, {
      method: "POST",
      body: JSON.stringify({ kind: "CLAIM", revision: article.revision, start, end: start + Array.from(word[0]).length, exact: word[0] }),
    }),
  );

  let notify = () => undefined as void;
  const eventsUrl = `${baseUrl}/api/projects/demo/articles/${articleId}/events`;
  const viewers: Viewer[] = Array.from({ length: viewerCount }, (_, i) => openViewer(eventsUrl, cookies[i % (cookies.length - 1)]!, () => notify()));
  await Promise.all(viewers.map((v) => v.ready));

  const delays: number[] = [];
  const writeTimes: number[] = [];
  const afterResponse: number[] = [];
  let missing = 0;
  for (let i = 0; i < writeCount; i++) {
    const key = arrivalKey({ type: "annotation.updated", payload: { annotationId: annotation.id, version: annotation.version + 1 } });
    const everyone = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, WAIT_MS);
      notify = () => {
        if (viewers.every((v) => v.arrivals.has(key))) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    const sentAt = Date.now();
    ({ annotation } = await json<{ annotation: AnnotationDTO }>(
      await api(`/annotations/${annotation.id}`, { method: "PATCH", body: JSON.stringify({ version: annotation.version, note: `write ${i}` }) }),
    ));
    const answeredAt = Date.now();
    writeTimes.push(answeredAt - sentAt);
    notify();
    await everyone;
    for (const viewer of viewers) {
      const at = viewer.arrivals.get(key);
      if (at === undefined) missing++;
      else {
        delays.push(at - sentAt);
        afterResponse.push(at - answeredAt);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const viewer of viewers) viewer.close();
  return {
    mode,
    viewers: viewerCount,
    writes: writeCount,
    samples: delays.length,
    missing,
    p50: percentile(delays, 50),
    p95: percentile(delays, 95),
    max: Math.max(...delays),
    writeP50: percentile(writeTimes, 50),
    afterResponseP95: percentile(afterResponse, 95),
    delays,
  };
}

const load = currentLoadAverage();
const results: Result[] = [];
const modes = values.url ? ["running app"] : values.mode === "both" ? ["embedded", "postgres"] : [values.mode!];
for (const mode of modes) {
  if (values.url) {
    results.push(await measure(mode, values.url));
    continue;
  }
  const app = await startScratchApp({ port: Number(values.port), postgresServer: mode === "postgres" ? values.postgres! : null });
  try {
    results.push(await measure(mode === "postgres" ? "Postgres server (LISTEN/NOTIFY)" : "embedded PGlite (in-process bus)", app.url));
  } finally {
    await app.stop();
  }
}

const machine = machineInfo("n/a", load);
console.log(`\nLive-update latency — ${viewerCount} viewers, ${writeCount} sequential writes; delay = write request sent → event read by a viewer`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load ${load.toFixed(2)}\n`);
console.log("| database (bus) | viewers | writes | deliveries | missing | p50 ms | p95 ms | max ms | write request p50 ms | p95 after the write's response ms |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of results) {
  console.log(`| ${r.mode} | ${r.viewers} | ${r.writes} | ${r.samples} | ${r.missing} | ${r.p50} | ${r.p95} | ${r.max} | ${r.writeP50} | ${r.afterResponseP95} |`);
}
if (values.json) writeFileSync(values.json, JSON.stringify({ machine, results }, null, 2));
process.exit(results.some((r) => r.missing > 0) ? 1 : 0);
