import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { prepareDatabase, type PreparedDatabase } from "@/scripts/launch/prepare-database";

// The argument that makes the launcher run `prepareEmbeddedHere` instead of starting the app.
export const PREPARE_EMBEDDED_MODE = "prepare-embedded";

/**
 * Creates (on a fresh folder), migrates and seeds the embedded database in a
 * child process that then exits, so the launcher, which serves the database
 * for the app's whole life, opens it afterwards with none of that work in its
 * memory. PGlite's WebAssembly memory only grows, and an instance closed in
 * the same process was not given back (a fresh folder: 270–300 MB resident
 * before and after closing, against ~120 MB for opening an existing folder
 * in a new process); the Prisma client the steps load stays out too
 * (docs/benchmarks.md, "Idle memory"). `entry` is the launcher's own file,
 * run again with PREPARE_EMBEDDED_MODE.
 */
export async function prepareEmbeddedInChild(entry: string, dataDir: string): Promise<PreparedDatabase> {
  // execArgv carries a TypeScript loader when the launcher runs under tsx.
  const child = spawn(process.execPath, [...process.execArgv, entry, PREPARE_EMBEDDED_MODE, dataDir], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let prepared: PreparedDatabase | undefined;
  child.on("message", (message) => (prepared = message as PreparedDatabase));
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", fail);
    child.once("exit", (exitCode) => done(exitCode));
  });
  if (code !== 0 || !prepared) throw new Error(`Preparing the embedded database in ${dataDir} failed (exit code ${code}).`);
  return prepared;
}

/** The child's side: open the folder, prepare it, report to the parent, close it. */
export async function prepareEmbeddedHere(dataDir: string): Promise<void> {
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
  try {
    const prepared = await prepareDatabase(embedded.url, embedded.waitForNoClients);
    await new Promise<void>((done, fail) => process.send!(prepared, (error: Error | null) => (error ? fail(error) : done())));
  } finally {
    await embedded.stop();
  }
}
