// npm run bench:floor — what a production Next.js server gives on this
// machine before any of Claimdesk's work, and what our layers cost on top:
//   (a)  a route handler answering a constant JSON (a minimal app, no proxy)
//   (b1) the same behind Claimdesk's proxy (CSP nonce, cross-site check, session decode)
//   (b2) …plus next-auth's getServerSession in the route (how routes read the session before 2026-12-08)
//   (b3) …plus readSessionClaims in the route (how they read it now)
//   (c0) Claimdesk's /api/health (public: the proxy without the session decode)
//   (c)  a real authenticated read: the annotation list of a demo article (session, access, query)
// Closed loop over node:http keep-alive (bench:load's client), per phase
// requests/s, p50/p95 and the server's CPU ms per request from /proc.
//   npm run bench:floor -- --clients 1,10 --seconds 10
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { encodeSessionToken } from "@/lib/auth/session-token-codec";
import { startFloorApp } from "@/scripts/bench/floor-support/start-floor-app";
import { runClosedLoop, type LoopResult } from "@/scripts/bench/floor-support/run-closed-loop";
import { createHttpClient } from "@/scripts/bench/load-support/http-client";
import { startLoadTarget } from "@/scripts/bench/load-support/start-load-target";
import { prepareLoadSessions } from "@/scripts/bench/load-support/prepare-load-sessions";
import { currentLoadAverage } from "@/scripts/bench/support/machine-info";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";

const { values } = parseArgs({
  options: {
    server: { type: "string", default: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    clients: { type: "string", default: "1,10" },
    seconds: { type: "string", default: "10" },
    // Only the minimal app, or only Claimdesk (for a quick re-run of one half).
    only: { type: "string" },
  },
});
const clientCounts = values.clients.split(",").filter(Boolean).map(Number);
const seconds = Number(values.seconds);
const loadAtStart = currentLoadAverage();
type Row = { name: string; clients: number; result: LoopResult };
const rows: Row[] = [];

async function measure(name: string, url: string, pid: number, path: string, headers: Record<string, string>): Promise<void> {
  const client = createHttpClient(url, 64);
  try {
    // Warm-up, not reported: the first requests load the route's code.
    await runClosedLoop(client, path, headers, { clients: 4, seconds: 2, serverPid: pid });
    for (const clients of clientCounts) {
      rows.push({ name, clients, result: await runClosedLoop(client, path, headers, { clients, seconds, serverPid: pid }) });
      console.error(`${name}, ${clients} client(s): done`);
    }
  } finally {
    client.close();
  }
}

if (values.only !== "claimdesk") {
  const secret = randomBytes(30).toString("base64");
  // The floor routes touch no database, but the environment is validated and
  // the server's start-up (instrumentation.ts) reads one: an empty scratch
  // database, and no job worker (it would poll in the background).
  const scratch = await createScratchDatabase(values.server, "claimdesk_floor");
  const app = await startFloorApp({ NEXTAUTH_SECRET: secret, DATABASE_URL: scratch.url, JOB_WORKER: "off", LOG_LEVEL: "silent" }).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  try {
    const token = await encodeSessionToken({ token: { uid: randomUUID(), sv: 0, sid: randomUUID() }, secret, maxAge: 3600 });
    const cookie = { cookie: `next-auth.session-token=${token}` };
    await measure("(a) constant JSON, no proxy", app.url, app.pid, "/api/constant", {});
    await measure("(b1) + Claimdesk's proxy", app.url, app.pid, "/api/session/proxy", cookie);
    await measure("(b2) + getServerSession in the route", app.url, app.pid, "/api/session/next-auth", cookie);
    await measure("(b3) + readSessionClaims in the route", app.url, app.pid, "/api/session/claims", cookie);
  } finally {
    await app.stop();
    await scratch.drop();
  }
}

if (values.only !== "floor") {
  const target = await startLoadTarget({ database: "postgres", server: values.server, instances: 1 });
  const setupClient = createHttpClient(target.instances[0]!.url, 8);
  try {
    const { sessions, slug, articles } = await prepareLoadSessions(target.instances, [setupClient]);
    const { url, pid } = target.instances[0]!;
    const cookie = { cookie: sessions[0]!.cookies[0]! };
    await measure("(c0) Claimdesk /api/health (proxy, public)", url, pid, "/api/health", {});
    await measure("(c) Claimdesk annotation list (authenticated read)", url, pid, `/api/projects/${slug}/articles/${articles[0]!.id}/annotations`, cookie);
  } finally {
    setupClient.close();
    await target.stop();
  }
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
console.log(`\nFramework floor — load average ${loadAtStart.toFixed(1)} at start, ${currentLoadAverage().toFixed(1)} at end; ${seconds} s per row\n`);
console.log("| route | clients | requests/s | p50 / p95 ms | server CPU ms per request | server cores busy | errors |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const { name, clients, result: r } of rows) {
  console.log(`| ${name} | ${clients} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} / ${fmt(r.p95)} | ${fmt(r.cpuMsPerRequest, 2)} | ${fmt(r.cores, 2)} | ${r.errors} |`);
}
