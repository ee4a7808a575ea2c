// Preloaded into the app's processes (NODE_OPTIONS=--import …) when
// `bench:load --count-queries <dir>` asks for it: counts the statements the
// Next.js server sends to Postgres (every one goes through
// pg.Client.prototype.query, Prisma's adapter included) and keeps the running
// total in <dir>/queries-<pid>, which the benchmark reads before and after
// each phase. A file rewritten four times a second costs next to nothing
// beside the requests it counts.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.CLAIMDESK_QUERY_COUNT_DIR;
const isNextServer = (process.argv[1] ?? "").includes("next/dist/bin/next") && process.argv.includes("start");
if (dir && isNextServer) {
  const pg = createRequire(join(process.cwd(), "package.json"))("pg");
  const query = pg.Client.prototype.query;
  let count = 0;
  let written = -1;
  pg.Client.prototype.query = function countedQuery(...args) {
    count += 1;
    return query.apply(this, args);
  };
  const file = join(dir, `queries-${process.pid}`);
  const flush = () => {
    if (count === written) return;
    writeFileSync(file, String(count));
    written = count;
  };
  setInterval(flush, 250).unref();
  process.on("exit", flush);
}
