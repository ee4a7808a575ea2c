import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { createScratchDatabase } from "@/scripts/support/create-scratch-database";
import { migrateDatabase } from "@/scripts/launch/migrate-database";

export type FreshDatabase = { url: string; client: PrismaClient; close: () => Promise<void> };

// A second, empty and migrated database for tests that need "nothing exists
// yet" (first-run setup, demo seed), apart from the run's shared database.
export async function freshDatabase(): Promise<FreshDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server, "claimdesk_fresh");
    await migrateDatabase(scratch.url);
    const client = createPrismaClient(scratch.url, 5);
    return { url: scratch.url, client, close: async () => { await client.$disconnect(); await scratch.drop(); } };
  }
  const embedded = await startEmbeddedPostgres({ port: 0 });
  await migrateDatabase(embedded.url);
  await embedded.waitForNoClients();
  const client = createPrismaClient(embedded.url, 1);
  return { url: embedded.url, client, close: async () => { await client.$disconnect(); await embedded.stop(); } };
}
