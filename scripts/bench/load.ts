// npm run bench:load — simulated annotators against a production build.
//   npm run bench:load                                   Postgres, closed loop 1/10/50 clients, then 50 paced
//   npm run bench:load -- --database embedded            the same on the embedded database (PGlite)
//   npm run bench:load -- --instances 2                  two instances on one Postgres
//   npm run bench:load -- --clients 10,50 --seconds 20 --paced 0
//   npm run bench:load -- --cpu-prof /tmp/prof           also write the app processes' CPU profiles there
//   npm run bench:load -- --count-queries /tmp/q         also count the statements sent to Postgres per cycle
// Closed loop: each annotator sends its next request as soon as the last is
// answered (capacity). Paced: each acts every 2 s on average (what a team feels).
import { parseArgs } from "node:util";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startLoadTarget } from "@/scripts/bench/load-support/start-load-target";
import { createHttpClient } from "@/scripts/bench/load-support/http-client";
import { prepareLoadSessions } from "@/scripts/bench/load-support/prepare-load-sessions";
import { runLoadPhase, type PhaseResult } from "@/scripts/bench/load-support/run-load-phase";
import { formatLoadReport } from "@/scripts/bench/load-support/format-load-report";
import { currentLoadAverage } from "@/scripts/bench/support/machine-info";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "postgres" },
    server: { type: "string", default: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    instances: { type: "string", default: "1" },
    clients: { type: "string", default: "1,10,50" },
    seconds: { type: "string", default: "10" },
    paced: { type: "string", default: "50" },
    "paced-seconds": { type: "string", default: "30" },
    "no-live": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    "count-queries": { type: "string" },
  },
});

const database = values.database === "embedded" ? "embedded" : "postgres";
const clientCounts = values.clients.split(",").filter(Boolean).map(Number);
const paced = Number(values.paced);
const loadAtStart = currentLoadAverage();
const profileDir = values["cpu-prof"];
const queryCountDir = values["count-queries"];
for (const dir of [profileDir, queryCountDir]) if (dir) mkdirSync(dir, { recursive: true });
// Node refuses --cpu-prof in NODE_OPTIONS; a preload starts the same profiler.
const preloads = [
  ...(profileDir ? [{ file: "cpu-profile-preload.mjs", env: { CLAIMDESK_CPU_PROF_DIR: resolve(profileDir) } }] : []),
  ...(queryCountDir ? [{ file: "query-count-preload.mjs", env: { CLAIMDESK_QUERY_COUNT_DIR: resolve(queryCountDir) } }] : []),
];

const target = await startLoadTarget({
  database,
  server: values.server,
  instances: Number(values.instances),
  preload:
    preloads.length > 0
      ? {
          nodeOptions: preloads.map(({ file }) => `--import ${pathToFileURL(join(import.meta.dirname, "load-support", file)).href}`).join(" "),
          env: Object.assign({}, ...preloads.map(({ env }) => env)),
        }
      : undefined,
});
const clients = target.instances.map((instance) => createHttpClient(instance.url, 256));
try {
  const { sessions, slug, articles } = await prepareLoadSessions(target.instances, clients);
  const phase = (count: number, seconds: number, meanPauseMs: number) =>
    runLoadPhase(sessions, { clients: count, seconds, meanPauseMs, live: !values["no-live"], slug, articles, queryCountDir });
  // Warm-up (not reported): the first requests compile routes and fill caches.
  await phase(10, 3, 0);
  const results: PhaseResult[] = [];
  for (const count of clientCounts) {
    results.push(await phase(count, Number(values.seconds), 0));
    console.error(`closed loop, ${count} client(s): done`);
  }
  if (paced > 0) results.push(await phase(paced, Number(values["paced-seconds"]), 2000));
  console.log(formatLoadReport({ target: target.label, loadAtStart, loadAtEnd: currentLoadAverage(), results }));
} finally {
  for (const client of clients) client.close();
  await target.stop();
}
