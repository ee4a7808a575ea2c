import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { freePort } from "@/scripts/support/free-port";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";

const root = resolve(import.meta.dirname, "../../..");

export type LoadInstance = { url: string; pid: number; logFile: string };
export type LoadTarget = { instances: LoadInstance[]; label: string; stop: () => Promise<void> };

type Options = {
  database: "postgres" | "embedded";
  // The Postgres server to create the scratch database on (postgres only).
  server: string;
  instances: number;
  // Embedded only: this data folder (kept when stopped) instead of a fresh
  // throwaway one, so a benchmark can start the app again on the same data.
  dataDir?: string;
  // Preloads into the app's processes: CPU profiles (load-support/cpu-profile-preload.mjs),
  // query counts (load-support/query-count-preload.mjs), and the variables they read.
  preload?: { nodeOptions: string; env: Record<string, string> };
};

// The app started as an operator starts it: `npm start` (scripts/start.mjs:
// production build, migrations, demo seed on an empty database), on a
// scratch database of the machine's Postgres or on a fresh embedded
// database. Further instances join the same scratch database once the first
// has migrated and seeded it.
export async function startLoadTarget(options: Options): Promise<LoadTarget> {
  // One secret for every instance, so a session signed in on one is valid on all.
  const secret = randomBytes(30).toString("base64");
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((e: unknown) => console.error(e));
  };
  try {
    const instances: LoadInstance[] = [];
    if (options.database === "postgres") {
      const scratch = await createScratchDatabase(options.server, "claimdesk_load");
      stops.push(scratch.drop);
      for (let i = 0; i < options.instances; i++) {
        const started = await startInstance({ DATABASE_URL: scratch.url, NEXTAUTH_SECRET: secret }, options.preload);
        stops.push(started.stop);
        instances.push(started.instance);
      }
      return { instances, label: `Postgres (scratch database ${scratch.name}), ${options.instances} instance(s)`, stop };
    }
    if (options.instances !== 1) throw new Error("The embedded database serves one app instance.");
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "claimdesk-load-"));
    if (!options.dataDir) stops.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const started = await startInstance({ CLAIMDESK_DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(await freePort()), NEXTAUTH_SECRET: secret }, options.preload);
    stops.push(started.stop);
    instances.push(started.instance);
    return { instances, label: `embedded Postgres (PGlite) in ${dataDir}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startInstance(databaseEnv: Record<string, string>, preload: Options["preload"]) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(tmpdir(), `claimdesk-load-${port}.log`);
  const log = createWriteStream(logFile);
  const { DATABASE_URL: _url, TEST_DATABASE_URL: _test, ...rest } = process.env;
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts/start.mjs"), "start"], {
    cwd: root,
    env: {
      ...rest,
      PORT: String(port),
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      ...databaseEnv,
      ...(preload ? { NODE_OPTIONS: preload.nodeOptions, ...preload.env } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.pipe(log);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((done, fail) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes("Claimdesk is running at")) done();
    });
    child.once("exit", (code) => fail(new Error(`The app exited during start-up (code ${code}); see ${logFile}:\n${readFileSync(logFile, "utf8").slice(-3000)}`)));
  });
  return {
    instance: { url, pid: child.pid!, logFile },
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      log.end();
    },
  };
}
