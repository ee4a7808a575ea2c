import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HttpClient } from "@/scripts/bench/load-support/http-client";
import { createLatencyRecorder, type PhaseSummary } from "@/scripts/bench/load-support/latency-recorder";
import { openLiveListener } from "@/scripts/bench/load-support/live-listener";
import { runAnnotator, type LoadArticle } from "@/scripts/bench/load-support/simulated-annotator";
import { treeCpuMs } from "@/scripts/bench/load-support/process-tree";
import { seededRandom } from "@/scripts/bench/support/seeded-random";

export type LoadSession = { client: HttpClient; url: string; pid: number; cookies: string[]; reviewerCookies: string[] };
export type PhaseOptions = {
  clients: number;
  seconds: number;
  meanPauseMs: number;
  live: boolean;
  slug: string;
  articles: LoadArticle[];
  // Where query-count-preload.mjs keeps its totals (bench:load --count-queries), if at all.
  queryCountDir?: string;
};
export type PhaseResult = PhaseSummary & {
  clients: number;
  paced: boolean;
  liveEvents: number;
  serverCpuMsPerWrite: number;
  serverCores: number;
  // Statements sent to Postgres per create/edit/review/list/delete cycle (NaN when not counted).
  queriesPerCycle: number;
};

// N annotators spread round-robin over the instances, the demo accounts and
// the articles, each with its article's live stream open (as an open editor
// has), for a bounded time. The server figures are the CPU time of every
// instance's process tree (launcher, embedded database, Next.js) over the phase.
export async function runLoadPhase(sessions: LoadSession[], options: PhaseOptions): Promise<PhaseResult> {
  const recorder = createLatencyRecorder();
  const setups = Array.from({ length: options.clients }, (_, i) => {
    const session = sessions[i % sessions.length]!;
    const cookie = session.cookies[i % session.cookies.length]!;
    const reviewerCookie = session.reviewerCookies[i % session.cookies.length]!;
    const article = options.articles[i % options.articles.length]!;
    return { session, setup: { client: session.client, cookie, reviewerCookie, slug: options.slug, article, random: seededRandom(1000 + i), recorder, meanPauseMs: options.meanPauseMs } };
  });
  const listeners = options.live
    ? setups.map(({ session, setup }) => openLiveListener(`${session.url}/api/projects/${options.slug}/articles/${setup.article.id}/events`, setup.cookie))
    : [];
  await Promise.all(listeners.map((l) => l.opened));
  const queriesBefore = await countedQueries(options.queryCountDir);
  const cpuBefore = sessions.reduce((sum, s) => sum + treeCpuMs(s.pid), 0);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(setups.map(({ setup }) => runAnnotator(setup, until)));
  const elapsed = (performance.now() - started) / 1000;
  const cpuMs = sessions.reduce((sum, s) => sum + treeCpuMs(s.pid), 0) - cpuBefore;
  // Let the last events arrive before counting them (and the query counts reach their files).
  await new Promise((r) => setTimeout(r, 300));
  const queries = (await countedQueries(options.queryCountDir)) - queriesBefore;
  const liveEvents = listeners.reduce((sum, l) => sum + l.received(), 0);
  for (const l of listeners) l.close();
  const summary = recorder.summary(elapsed);
  return {
    ...summary,
    clients: options.clients,
    paced: options.meanPauseMs > 0,
    liveEvents,
    serverCpuMsPerWrite: summary.writes > 0 ? cpuMs / summary.writes : Number.NaN,
    serverCores: cpuMs / 1000 / elapsed,
    queriesPerCycle: options.queryCountDir && summary.operations.create ? queries / summary.operations.create.count : Number.NaN,
  };
}

// The preload rewrites its total every 250 ms; the wait lets the last one land.
async function countedQueries(dir: string | undefined): Promise<number> {
  if (!dir) return 0;
  await new Promise((r) => setTimeout(r, 300));
  return readdirSync(dir)
    .filter((name) => name.startsWith("queries-"))
    .reduce((sum, name) => sum + Number(readFileSync(join(dir, name), "utf8")), 0);
}
