import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export type WorkerProcess = { child: ChildProcess; exited: Promise<number | null> };

const root = resolve(import.meta.dirname, "../../../..");

/**
 * `npm run worker` as a real process on this run's database (the command
 * itself: node scripts/worker.mjs), resolved once it says it has started.
 */
export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["scripts/worker.mjs"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  let errors = "";
  child.stderr!.on("data", (d: Buffer) => (errors += d.toString()));
  await new Promise<void>((ready, fail) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes('"worker started"')) ready();
    });
    void exited.then((code) => fail(new Error(`worker exited (${code}) before starting: ${errors}`)));
  });
  return { child, exited };
}
