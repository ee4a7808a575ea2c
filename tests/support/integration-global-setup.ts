import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { migrateDatabase } from "@/scripts/launch/migrate-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolMax: number;
    databaseKind: string;
  }
}

// One fresh database per test run: a new database on the server in
// TEST_DATABASE_URL when given (CI uses the machine's Postgres), otherwise an
// in-memory embedded Postgres, so a fresh machine needs no server.
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server, "claimdesk_test");
    await migrateDatabase(scratch.url);
    project.provide("databaseUrl", scratch.url);
    project.provide("databasePoolMax", 5);
    project.provide("databaseKind", `Postgres server, database ${scratch.name}`);
    return async () => scratch.drop();
  }
  const embedded = await startEmbeddedPostgres({ port: 0 });
  await migrateDatabase(embedded.url);
  await embedded.waitForNoClients();
  project.provide("databaseUrl", embedded.url);
  project.provide("databasePoolMax", 1);
  project.provide("databaseKind", "embedded Postgres (PGlite, in memory)");
  return async () => embedded.stop();
}
