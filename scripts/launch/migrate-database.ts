import { resolve } from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";

const migrationsDir = resolve(import.meta.dirname, "../../prisma/migrations");

export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = await applyMigrations(client, { migrationsDir });
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    return applied;
  } finally {
    await client.end();
  }
}
