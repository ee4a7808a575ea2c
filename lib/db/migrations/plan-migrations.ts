import type { AppliedMigration } from "./read-applied-migrations";
import type { LocalMigration } from "./list-migrations";
import { MigrationError } from "./migration-error";

export type MigrationPlan = {
  // Local migrations not yet applied, in the order to apply them.
  pending: LocalMigration[];
  // Applied migrations with no folder here: a newer deploy ran against this
  // database. Worth a warning, not a refusal, so an older build still starts.
  unknown: string[];
};

// Decides what to apply, refusing the histories Prisma Migrate also refuses:
// a migration recorded as failed (someone must look at the database first)
// and a migration edited after it was applied (the database no longer
// matches what the file says it contains).
export function planMigrations(local: LocalMigration[], applied: AppliedMigration[]): MigrationPlan {
  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) are an
  // audit trail only, as for Prisma.
  const live = applied.filter((row) => !row.rolledBack);

  const failed = live.filter((row) => !row.finished).map((row) => row.name);
  if (failed.length > 0) {
    throw new MigrationError(
      "FAILED_MIGRATION_RECORDED",
      `_prisma_migrations records failed migration(s): ${failed.join(", ")}. ` +
        "Inspect the database, undo or finish the partial change by hand, then mark the row rolled back " +
        `(UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "migration_name" = '…' AND "finished_at" IS NULL) ` +
        "or run `prisma migrate resolve`. See docs/migrations.md.",
    );
  }

  const appliedByName = new Map(live.map((row) => [row.name, row]));
  const edited = local
    .filter((migration) => {
      const row = appliedByName.get(migration.name);
      return row !== undefined && row.checksum !== migration.checksum;
    })
    .map((migration) => migration.name);
  if (edited.length > 0) {
    throw new MigrationError(
      "CHECKSUM_MISMATCH",
      `migration.sql of already applied migration(s) ${edited.join(", ")} changed since they were applied ` +
        "(checksum differs from _prisma_migrations). Restore the original file and put the change in a new " +
        "migration (npm run db:migration:new).",
    );
  }

  const localNames = new Set(local.map((migration) => migration.name));
  return {
    pending: local.filter((migration) => !appliedByName.has(migration.name)),
    unknown: [...new Set(live.map((row) => row.name).filter((name) => !localNames.has(name)))],
  };
}
