// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL with our
// runner (Prisma's `migrate deploy` needs an engine binary we cannot
// download; see docs/migrations.md).
import { resolve } from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { MigrationError } from "@/lib/db/migrations/migration-error";

const migrationsDir = resolve(import.meta.dirname, "../../prisma/migrations");

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. Point it at the database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/claimdesk npm run db:migrate",
    );
    return 1;
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    // The runner's log says what was applied, or that nothing was pending.
    await applyMigrations(client, { migrationsDir, log: (message) => console.log(message) });
    return 0;
  } catch (error) {
    // A MigrationError's message is written for the reader; anything else
    // (connection refused, missing database) keeps its own message.
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof MigrationError ? message : `Could not migrate the database: ${message}`);
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

process.exitCode = await main();
