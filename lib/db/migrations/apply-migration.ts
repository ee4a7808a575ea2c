import { randomUUID } from "node:crypto";
import type { LocalMigration } from "./list-migrations";
import { MigrationError } from "./migration-error";
import type { SqlClient } from "./sql-client";
import { withoutTransactionControl } from "./without-transaction-control";

// Runs one migration and records it in the same transaction, so a failure
// leaves neither half its tables nor a "failed" row that would block the next
// start. The script goes to the server as ONE simple query (not split on `;`,
// which would break function bodies and string literals).
export async function applyMigration(client: SqlClient, migration: LocalMigration): Promise<void> {
  const script = withoutTransactionControl(migration.script);
  await client.query("BEGIN");
  try {
    await (client.exec ? client.exec(script) : client.query(script));
    // started_at is the transaction's start, finished_at the wall clock now;
    // logs and rolled_back_at stay null and one "step" is recorded, as
    // `prisma migrate deploy` does for a migration that succeeded.
    await client.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new MigrationError(
      "MIGRATION_FAILED",
      `Migration ${migration.name} failed and was rolled back${describeLocation(script, error)}: ` +
        `${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

// Postgres reports where in the query an error happened as a 1-based
// character offset; a line number is what an author can act on.
function describeLocation(script: string, error: unknown): string {
  const position = Number((error as { position?: unknown } | null)?.position);
  if (!Number.isInteger(position) || position < 1) return "";
  const line = [...script].slice(0, position - 1).join("").split("\n").length;
  return ` (migration.sql line ${line})`;
}
