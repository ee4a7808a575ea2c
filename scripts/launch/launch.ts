// Starts Claimdesk: database (the one in DATABASE_URL, or an embedded
// Postgres), migrations, demo data on an empty database, then Next.js.
//   tsx scripts/launch/launch.ts start   production build (rebuilt when sources change)
//   tsx scripts/launch/launch.ts dev     next dev
//   tsx scripts/launch/launch.ts e2e     fresh throwaway database, for the browser tests
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { setFlagsFromString } from "node:v8";
import { join, resolve } from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import type { PreparedDatabase } from "@/scripts/launch/prepare-database";
import { prepareInChild } from "@/scripts/launch/prepare-in-child";
import { buildIfNeeded } from "@/scripts/launch/build-if-needed";
import { ensureSecret } from "@/scripts/launch/ensure-secret";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { printBanner } from "@/scripts/launch/print-banner";
import { claimEmbeddedLock, embeddedLockHolder } from "@/scripts/launch/embedded-lock";

type Mode = "start" | "dev" | "e2e";
const root = resolve(import.meta.dirname, "../..");
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

type Database = { url: string; poolMax: string; label: string; prepared: PreparedDatabase };

// The embedded database: prepared (created on a fresh folder, migrated,
// seeded) by a child process that opens the folder, then opened here for
// serving once that child has exited. PGlite's WebAssembly memory only
// grows, and an instance closed in the same process was not given back, so
// this process — which serves the database for the app's whole life —
// carries none of that work (docs/benchmarks.md, "Idle memory").
async function embeddedDatabase(dataDir: string, port: number, label: string): Promise<Database> {
  const prepared = await prepareInChild(root, { dataDir });
  // PGlite is Postgres compiled to WebAssembly (9 MB). By default V8 compiles
  // all of it quickly (Liftoff) and again, optimised, the functions that get
  // hot, keeping both; optimising it all once at open instead holds ~35 MB
  // less and runs queries at full speed from the first, for 2–4 s more at
  // start (docs/benchmarks.md, "Idle memory"). Set here, not in
  // startEmbeddedPostgres: tests open many short-lived instances, where the
  // start time matters more. This process compiles no other WebAssembly.
  setFlagsFromString("--no-liftoff");
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  cleanups.push(embedded.stop);
  return { url: embedded.url, poolMax: "1", label, prepared };
}

// A database someone else serves, prepared by a child process too: the
// Prisma client and the seed's libraries never load into this process.
async function serverDatabase(url: string, poolMax: string, label: string): Promise<Database> {
  return { url, poolMax, label, prepared: await prepareInChild(root, { url }) };
}

async function database(): Promise<Database> {
  if (mode === "e2e") {
    const server = process.env.TEST_DATABASE_URL;
    if (server) {
      const scratch = await createScratchDatabase(server, "claimdesk_e2e");
      cleanups.push(scratch.drop);
      return serverDatabase(scratch.url, "5", `scratch database ${scratch.name}`);
    }
    // A throwaway folder rather than memory: the preparing child and this
    // process must both open it.
    const dataDir = mkdtempSync(join(tmpdir(), "claimdesk-e2e-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    return embeddedDatabase(dataDir, 0, "embedded Postgres (throwaway folder)");
  }
  if (process.env.DATABASE_URL) {
    return serverDatabase(process.env.DATABASE_URL, process.env.DATABASE_POOL_MAX ?? "10", "DATABASE_URL");
  }
  const dataDir = join(dataRoot, "pglite");
  const holder = embeddedLockHolder(dataRoot);
  if (holder !== null) throw new Error(`The embedded database in ${dataDir} is already in use by process ${holder} (another npm start?).`);
  mkdirSync(dataRoot, { recursive: true });
  // Released after the database stops (cleanups run in reverse).
  cleanups.push(claimEmbeddedLock(dataRoot));
  return embeddedDatabase(dataDir, Number(process.env.EMBEDDED_DB_PORT ?? 54329), `embedded Postgres in ${dataDir}`);
}

// The server's WebAssembly is Prisma's query compiler (3 MB): compiled once,
// optimised, at start rather than twice (quick, then optimised when hot),
// for ~20–50 MB less resident (docs/benchmarks.md, "Idle memory"). Not for
// next dev, which restarts often.
const NEXT_NODE_FLAGS = ["--no-liftoff"];

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
  const { seeded, accounts } = db.prepared;

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
    [...(mode === "dev" ? [] : NEXT_NODE_FLAGS), join(root, "node_modules/next/dist/bin/next"), mode === "dev" ? "dev" : "start", "-p", String(port)],
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
