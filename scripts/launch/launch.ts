// Starts Claimdesk: database (the one in DATABASE_URL, or an embedded
// Postgres), migrations, demo data on an empty database, then Next.js.
//   tsx scripts/launch/launch.ts start   production build (rebuilt when sources change)
//   tsx scripts/launch/launch.ts dev     next dev
//   tsx scripts/launch/launch.ts e2e     fresh throwaway database, for the browser tests
// (and, internally, `prepare-embedded <folder>`: see prepare-embedded-in-child.ts)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { prepareDatabase, type PreparedDatabase } from "@/scripts/launch/prepare-database";
import { prepareEmbeddedHere, prepareEmbeddedInChild, PREPARE_EMBEDDED_MODE } from "@/scripts/launch/prepare-embedded-in-child";
import { buildIfNeeded } from "@/scripts/launch/build-if-needed";
import { ensureSecret } from "@/scripts/launch/ensure-secret";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { printBanner } from "@/scripts/launch/print-banner";
import { claimEmbeddedLock, embeddedLockHolder } from "@/scripts/launch/embedded-lock";

type Mode = "start" | "dev" | "e2e";
const root = resolve(import.meta.dirname, "../..");
if (process.argv[2] === PREPARE_EMBEDDED_MODE) {
  await prepareEmbeddedHere(process.argv[3]!).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  process.exit(0);
}
const mode = (process.argv[2] ?? "start") as Mode;
if (!["start", "dev", "e2e"].includes(mode)) {
  console.error(`Unknown mode "${mode}". Use start, dev or e2e.`);
  process.exit(2);
}
if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));

// Git-ignored folder for the embedded database and the generated secret.
const dataRoot = resolve(process.env.CLAIMDESK_DATA_DIR ?? join(root, ".data"));

const cleanups: Array<() => Promise<void>> = [];
async function cleanup(): Promise<void> {
  for (const fn of cleanups.reverse()) await fn().catch((e: unknown) => console.error(e));
  cleanups.length = 0;
}

// `prepared`: the database was already migrated and seeded (in a child process).
type Database = { url: string; poolMax: string; label: string; handOver: () => Promise<void>; prepared?: PreparedDatabase };
const noWait = async () => undefined;

async function database(): Promise<Database> {
  if (mode === "e2e") {
    const server = process.env.TEST_DATABASE_URL;
    if (server) {
      const scratch = await createScratchDatabase(server, "claimdesk_e2e");
      cleanups.push(scratch.drop);
      return { url: scratch.url, poolMax: "5", label: `scratch database ${scratch.name}`, handOver: noWait };
    }
    const embedded = await startEmbeddedPostgres({ port: 0 });
    cleanups.push(embedded.stop);
    return { url: embedded.url, poolMax: "1", label: "embedded Postgres (in memory)", handOver: embedded.waitForNoClients };
  }
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, poolMax: process.env.DATABASE_POOL_MAX ?? "10", label: "DATABASE_URL", handOver: noWait };
  }
  const dataDir = join(dataRoot, "pglite");
  const holder = embeddedLockHolder(dataRoot);
  if (holder !== null) throw new Error(`The embedded database in ${dataDir} is already in use by process ${holder} (another npm start?).`);
  mkdirSync(dataRoot, { recursive: true });
  // Released after the database stops (cleanups run in reverse).
  cleanups.push(claimEmbeddedLock(dataRoot));
  const prepared = await prepareEmbeddedInChild(import.meta.filename, dataDir);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
  });
  cleanups.push(embedded.stop);
  return { url: embedded.url, poolMax: "1", label: `embedded Postgres in ${dataDir}`, handOver: embedded.waitForNoClients, prepared };
}

// Asynchronous on purpose: this process also serves the embedded database,
// and a blocking wait would freeze it for anyone connected.
async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("Next.js exited during start-up");
    try {
      const res = await fetch(`${url}/sign-in`, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("Next.js did not start within 120 s");
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? (mode === "e2e" ? 3100 : 3000));
  const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const db = await database();
  const { seeded, accounts } = db.prepared ?? (await prepareDatabase(db.url, db.handOver));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    DATABASE_POOL_MAX: db.poolMax,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? ensureSecret(join(dataRoot, "nextauth-secret")),
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  if (mode !== "dev") await buildIfNeeded(root, { ...env, NODE_ENV: "production" });

  const next = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), mode === "dev" ? "dev" : "start", "-p", String(port)],
    { cwd: root, stdio: "inherit", env },
  );
  const stop = (signal: NodeJS.Signals) => {
    if (next.exitCode === null) next.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  next.on("exit", async (code) => {
    await cleanup();
    process.exit(code ?? 0);
  });
  await waitUntilUp(`http://127.0.0.1:${port}`, next);
  printBanner({ url: appUrl, database: db.label, seeded, accounts });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await cleanup();
  process.exit(1);
});
