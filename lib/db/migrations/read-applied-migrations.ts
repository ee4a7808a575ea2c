import type { SqlClient } from "./sql-client";

// One row of `_prisma_migrations`, reduced to what decides what to apply.
export type AppliedMigration = {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
};

type Row = {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
};

export async function readAppliedMigrations(client: SqlClient): Promise<AppliedMigration[]> {
  const { rows } = await client.query(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at"
       FROM "_prisma_migrations"
      ORDER BY "started_at", "migration_name"`,
  );
  return (rows as Row[]).map((row) => ({
    name: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at !== null,
    rolledBack: row.rolled_back_at !== null,
  }));
}
