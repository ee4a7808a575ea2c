// npm run bench:memory — resident memory of the app with the embedded
// database and the demo project, idle after start-up: the sum of the RSS of
// the process tree `npm start` leaves running (launcher serving PGlite,
// Next.js server), read from /proc after it has been idle for --idle seconds.
// Measured twice, as a user meets it: the first start (a fresh data folder:
// the database is created, migrated and seeded) and a restart on that folder.
//   npm run bench:memory
//   npm run bench:memory -- --idle 30 --database postgres
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startLoadTarget } from "@/scripts/bench/load-support/start-load-target";
import { treeRss } from "@/scripts/bench/load-support/process-tree";
import { currentLoadAverage } from "@/scripts/bench/support/machine-info";

const { values } = parseArgs({
  options: {
    idle: { type: "string", default: "30" },
    database: { type: "string", default: "embedded" },
    server: { type: "string", default: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});

const database = values.database === "postgres" ? "postgres" : "embedded";
const dataDir = database === "embedded" ? mkdtempSync(join(tmpdir(), "claimdesk-memory-")) : undefined;

async function measure(title: string): Promise<number> {
  const loadAtStart = currentLoadAverage();
  const startedAt = performance.now();
  const target = await startLoadTarget({ database, server: values.server, instances: 1, dataDir });
  const startSeconds = (performance.now() - startedAt) / 1000;
  try {
    // One signed-out page view, so the server has loaded what a first visitor needs.
    await fetch(`${target.instances[0]!.url}/sign-in`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, Number(values.idle) * 1000));
    const processes = treeRss(target.instances[0]!.pid);
    const total = processes.reduce((sum, p) => sum + p.rssMiB, 0);
    console.log(`\n### ${title}\nDatabase: ${target.label}; ready in ${startSeconds.toFixed(1)} s`);
    console.log(`Idle ${values.idle} s after start-up; load average ${loadAtStart.toFixed(2)} at start, ${currentLoadAverage().toFixed(2)} at end\n`);
    console.log("| process | RSS MiB |\n| --- | --- |");
    for (const p of processes) console.log(`| ${p.pid} ${p.command} | ${p.rssMiB.toFixed(0)} |`);
    console.log(`| **total** | **${total.toFixed(0)}** |`);
    return total;
  } finally {
    await target.stop();
  }
}

try {
  const first = await measure(dataDir ? "First start (fresh data folder)" : "Start");
  // A server database is the same on every start; the embedded one is created on the first.
  const restart = dataDir ? await measure("Restart (same data folder)") : first;
  console.log(`\nTotal RSS MiB: first start ${first.toFixed(0)}, restart ${restart.toFixed(0)}`);
} finally {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
