// npm run bench:memory — resident memory of the app with the embedded
// database and the demo project, idle after start-up: the sum of the RSS of
// the process tree `npm start` leaves running (launcher serving PGlite,
// Next.js server), read from /proc after it has been idle for --idle seconds.
//   npm run bench:memory
//   npm run bench:memory -- --idle 30 --database postgres
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

const loadAtStart = currentLoadAverage();
const target = await startLoadTarget({ database: values.database === "postgres" ? "postgres" : "embedded", server: values.server, instances: 1 });
try {
  // One signed-out page view, so the server has loaded what a first visitor needs.
  await fetch(`${target.instances[0]!.url}/sign-in`).then((r) => r.text());
  await new Promise((r) => setTimeout(r, Number(values.idle) * 1000));
  const processes = treeRss(target.instances[0]!.pid);
  const total = processes.reduce((sum, p) => sum + p.rssMiB, 0);
  console.log(`Database: ${target.label}`);
  console.log(`Idle ${values.idle} s after start-up; load average ${loadAtStart.toFixed(2)} at start, ${currentLoadAverage().toFixed(2)} at end\n`);
  console.log("| process | RSS MiB |\n| --- | --- |");
  for (const p of processes) console.log(`| ${p.pid} ${p.command} | ${p.rssMiB.toFixed(0)} |`);
  console.log(`| **total** | **${total.toFixed(0)}** |`);
} finally {
  await target.stop();
}
