import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "@/scripts/support/free-port";
import { projectRoot } from "./app-instance";

// The app as `npm start` runs it without DATABASE_URL: the launcher serves
// the embedded database (PGlite) from its own process and starts Next.js as
// a child. Started in a process group of its own, so a test can SIGKILL the
// whole tree at once, as an out-of-memory killer or a pulled plug would.
export type EmbeddedApp = { url: string; process: ChildProcess; log: string[] };

export async function startEmbeddedApp(dataDir: string, secret: string): Promise<EmbeddedApp> {
  const port = await freePort();
  const { DATABASE_URL: _url, TEST_DATABASE_URL: _server, ...rest } = process.env;
  const log: string[] = [];
  const child = spawn(process.execPath, [join(projectRoot, "scripts/start.mjs"), "start"], {
    cwd: projectRoot,
    detached: true,
    env: {
      ...rest,
      NODE_ENV: "production",
      CLAIMDESK_DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(await freePort()),
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (c: Buffer) => log.push(c.toString()));
  await new Promise<void>((done, fail) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      log.push(chunk.toString());
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes("Claimdesk is running at")) done();
    });
    child.once("exit", (code, signal) => fail(new Error(`the app exited during start-up (${code ?? signal}):\n${log.join("").slice(-3000)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child, log };
}

/** SIGKILL to the launcher, the embedded database it serves and Next.js: nothing gets to clean up. */
export async function killEmbeddedApp(app: EmbeddedApp): Promise<void> {
  if (app.process.exitCode !== null || app.process.signalCode !== null) return;
  const exited = new Promise((done) => app.process.once("exit", done));
  process.kill(-app.process.pid!, "SIGKILL");
  await exited;
}

/** SIGTERM to the group: the launcher stops Next.js and closes the database cleanly. */
export async function stopEmbeddedApp(app: EmbeddedApp | undefined): Promise<void> {
  if (!app || app.process.exitCode !== null || app.process.signalCode !== null) return;
  const exited = new Promise((done) => app.process.once("exit", done));
  process.kill(-app.process.pid!, "SIGTERM");
  await exited;
}
