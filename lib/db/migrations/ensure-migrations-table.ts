import type { SqlClient } from "./sql-client";

// Column for column the table Prisma's schema engine creates (checked against
// the engine itself in tests), so `prisma migrate deploy` / `status` read our
// rows as their own.
const createTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function ensureMigrationsTable(client: SqlClient): Promise<void> {
  // Checking first keeps the common path free of the NOTICE that
  // CREATE TABLE IF NOT EXISTS raises when the table already exists.
  const { rows } = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
  if ((rows[0] as { exists?: boolean } | undefined)?.exists) return;
  await client.query(createTable);
}
