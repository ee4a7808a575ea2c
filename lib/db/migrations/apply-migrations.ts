import { resolve } from "node:path";
import { applyMigration } from "./apply-migration";
import { ensureMigrationsTable } from "./ensure-migrations-table";
import { listMigrations } from "./list-migrations";
import { planMigrations } from "./plan-migrations";
import { readAppliedMigrations } from "./read-applied-migrations";
import type { SqlClient, SqlPool } from "./sql-client";
import { withDedicatedConnection } from "./with-dedicated-connection";
import { withMigrationLock } from "./with-migration-lock";

export type ApplyMigrationsOptions = {
  // Defaults to prisma/migrations under the working directory.
  migrationsDir?: string;
  // Progress messages; silent by default because this runs at every start-up.
  log?: (message: string) => void;
};

// Applies the pending migrations of `migrationsDir` in name order and returns
// their names (empty when the database is up to date). Throws MigrationError
// when the history is inconsistent or a migration fails; the failing
// migration is rolled back whole and the ones before it stay applied.
export async function applyMigrations(db: SqlClient | SqlPool, options: ApplyMigrationsOptions = {}): Promise<string[]> {
  const migrationsDir = options.migrationsDir ?? resolve("prisma/migrations");
  const log = options.log ?? (() => undefined);
  // Read the files before locking: a missing script should fail fast, and
  // the lock is held only while the database is being looked at.
  const local = await listMigrations(migrationsDir);

  return withDedicatedConnection(db, (client) =>
    withMigrationLock(client, async () => {
      await ensureMigrationsTable(client);
      const plan = planMigrations(local, await readAppliedMigrations(client));
      if (plan.unknown.length > 0) {
        log(`Applied migration(s) not found in ${migrationsDir}: ${plan.unknown.join(", ")}`);
      }

      const applied: string[] = [];
      for (const migration of plan.pending) {
        log(`Applying migration ${migration.name}`);
        await applyMigration(client, migration);
        applied.push(migration.name);
      }
      log(applied.length > 0 ? `Applied ${applied.length} migration(s)` : "No pending migrations");
      return applied;
    }),
  );
}
