import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");

export type ScratchApp = { url: string; logFile: string; stop: () => Promise<void> };

/**
 * The app as the e2e tests run it (production build, fresh database with
 * the demo data): on the embedded database (in-process bus) or, given a
 * Postgres server, on a scratch database there (LISTEN/NOTIFY bus).
 */
export async function startScratchApp(options: { port: number; postgresServer: string | null }): Promise<ScratchApp> {
  const url = `http://localhost:${options.port}`;
  const logFile = join(tmpdir(), `claimdesk-bench-live-${options.port}.log`);
  const log = createWriteStream(logFile);
  const { TEST_DATABASE_URL: _server, DATABASE_URL: _url, ...rest } = process.env;
  const child = spawn(process.execPath, [join(root, "scripts/start.mjs"), "e2e"], {
    cwd: root,
    env: {
      ...rest,
      ...(options.postgresServer ? { TEST_DATABASE_URL: options.postgresServer } : {}),
      PORT: String(options.port),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr.pipe(log);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((done, fail) => {
    let seen = "";
    child.stdout.on("data", (chunk: Buffer) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes("Claimdesk is running at")) done();
    });
    child.once("exit", (code) => fail(new Error(`The app exited during start-up (code ${code}); see ${logFile}:\n${readFileSync(logFile, "utf8").slice(-3000)}`)));
  });
  return {
    url,
    logFile,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      log.end();
    },
  };
}
