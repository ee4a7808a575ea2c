import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";

export type BenchDatabase = {
  // Where the benchmark fills the database before the app starts.
  url: string;
  label: string;
  // Resolves once the previous client has gone, so the next may connect.
  handOver: () => Promise<void>;
  // Called once the database is filled: stops whatever the benchmark itself
  // serves and says how the app is to find the database.
  release: () => Promise<Record<string, string>>;
  close: () => Promise<void>;
};

// A fresh database the benchmark owns for one run: a scratch database on
// TEST_DATABASE_URL's server when that is set (as in CI), otherwise an
// embedded Postgres in a throwaway folder — the same engine and the same
// start-up `npm start` uses without DATABASE_URL. The benchmark fills it,
// then hands it to the app, so no bench-only import route is needed.
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server, "claimdesk_bench");
    return {
      url: scratch.url,
      label: `scratch database ${scratch.name}`,
      handOver: async () => undefined,
      release: async () => ({ DATABASE_URL: scratch.url, DATABASE_POOL_MAX: "5" }),
      close: scratch.drop,
    };
  }
  // A folder, not memory: the embedded server takes one client at a time, and
  // the launcher prepares a database in a child process whose steps connect
  // back to back — on a database served from here they were turned away
  // ("Connection terminated unexpectedly"). Given the folder as its data
  // root instead, the launcher opens and serves the database itself, as it
  // does for `npm start`.
  const dataRoot = mkdtempSync(join(tmpdir(), "claimdesk-bench-"));
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataRoot, "pglite"), port: 0 });
  return {
    url: embedded.url,
    label: "embedded Postgres (throwaway folder, served by the launcher as npm start does)",
    handOver: embedded.waitForNoClients,
    release: async () => {
      await embedded.stop();
      return { CLAIMDESK_DATA_DIR: dataRoot };
    },
    close: async () => {
      await embedded.stop();
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
