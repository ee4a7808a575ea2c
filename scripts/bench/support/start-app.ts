import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

const root = resolve(import.meta.dirname, "../../..");

export type RunningApp = { url: string; logFile: string; stop: () => Promise<void> };

// `database`: the variables that tell the launcher where the database is
// (DATABASE_URL, or CLAIMDESK_DATA_DIR for an embedded one it serves).
type Options = { port: number; database: Record<string, string> };

// The app as `npm start` runs it (production build, rebuilt only when sources
// changed), on a private port and on the benchmark's database, which already
// holds the demo data, so the launcher does not seed it.
// Its output goes to a log file; the tail is shown if start-up fails.
export async function startApp({ port, database }: Options): Promise<RunningApp> {
  const url = `http://localhost:${port}`;
  const logFile = join(tmpdir(), `claimdesk-bench-app-${port}.log`);
  const log = createWriteStream(logFile);
  // Only the benchmark's own database: a DATABASE_URL or data root in the
  // caller's environment must not send the app elsewhere.
  const { DATABASE_URL: _url, DATABASE_POOL_MAX: _pool, CLAIMDESK_DATA_DIR: _root, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(root, "scripts/start.mjs"), "start"], {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(port),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(30).toString("base64"),
      ...database,
      SEED_DEMO: "false",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr.pipe(log);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const ready = new Promise<void>((done, fail) => {
    let seen = "";
    child.stdout.on("data", (chunk: Buffer) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes("Claimdesk is running at")) done();
    });
    child.once("exit", (code) => fail(new Error(`The app exited during start-up (code ${code}); see ${logFile}:\n${tail(logFile)}`)));
  });
  await ready;
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

function tail(file: string): string {
  return readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
}
