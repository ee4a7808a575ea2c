import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";

export type BenchDatabase = {
  url: string;
  // Connections the app may open (DATABASE_POOL_MAX).
  poolMax: number;
  label: string;
  // Resolves once the previous client has gone, so the next may connect.
  handOver: () => Promise<void>;
  close: () => Promise<void>;
};

// A fresh, empty database the benchmark owns for one run: a scratch database
// on TEST_DATABASE_URL's server when that is set (as in CI), otherwise an
// in-memory embedded Postgres served from this process — the same engine
// `npm start` uses without DATABASE_URL. The benchmark fills it, then hands it
// to the app, so no bench-only import route is needed in the app.
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server, "claimdesk_bench");
    return { url: scratch.url, poolMax: 5, label: `scratch database ${scratch.name}`, handOver: async () => undefined, close: scratch.drop };
  }
  const embedded = await startEmbeddedPostgres({ port: 0 });
  return {
    url: embedded.url,
    poolMax: 1,
    label: "embedded Postgres (in memory, served by the benchmark process)",
    handOver: embedded.waitForNoClients,
    close: embedded.stop,
  };
}
