import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import { buildIfNeeded } from "@/scripts/launch/build-if-needed";
import { freePort } from "@/scripts/support/free-port";

// A production Claimdesk server (`next start` on the shared build) as its
// own process, for tests of what happens between processes: several
// instances, a database restart, a stop.
export const projectRoot = resolve(import.meta.dirname, "../../../..");

export type AppInstance = { url: string; process: ChildProcess; log: string[] };

/** Builds the app once (shared with npm start and the e2e server: same fingerprint). */
export async function ensureBuilt(): Promise<void> {
  await buildIfNeeded(projectRoot, { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}

export async function startInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<AppInstance> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, [join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "4",
      LIVE_BUS: "postgres",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => log.push(c.toString()));
  child.stderr?.on("data", (c: Buffer) => log.push(c.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${log.join("")}`);
    const ready = await fetch(`${url}/api/ready`).then((r) => r.status === 200, () => false);
    if (ready) return { url, process: child, log };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`instance on ${port} did not become ready:\n${log.join("")}`);
}

/** SIGTERM, then wait for the process to exit. */
export async function stopInstance(instance: AppInstance | undefined): Promise<void> {
  if (!instance || instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((r) => instance.process.once("exit", r));
  instance.process.kill("SIGTERM");
  await exited;
}
