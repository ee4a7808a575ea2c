import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A Postgres cluster of our own (the machine's binaries, a temporary folder,
// a free port) that a test may stop and start: the shared service must
// never be restarted. initdb refuses to run as root, so as root the cluster
// belongs to the postgres system user.
const BIN = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"].find((dir) => existsSync(join(dir, "pg_ctl")));

export const canRunScratchCluster = BIN !== undefined;

export type ScratchCluster = { url: string; start: () => void; stop: () => void; remove: () => void };

function run(command: string, args: string[]): void {
  const asPostgres = process.getuid?.() === 0;
  execFileSync(asPostgres ? "runuser" : command, asPostgres ? ["-u", "postgres", "--", command, ...args] : args, { stdio: "pipe" });
}

export function createScratchCluster(port: number): ScratchCluster {
  if (!BIN) throw new Error("No PostgreSQL server binaries (pg_ctl) on this machine.");
  const dir = mkdtempSync(join(tmpdir(), "claimdesk-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  run(join(BIN, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => run(join(BIN, "pg_ctl"), ["-D", data, "-o", options, "-w", "-l", join(dir, "log"), "start"]);
  // "fast": open connections are cut, in-flight transactions roll back, as in a real restart.
  const stop = () => run(join(BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
