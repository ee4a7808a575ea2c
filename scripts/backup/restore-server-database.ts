import { runPgTool } from "./run-pg-tool";

// Replaces the database's contents with the backup's, in one transaction: a
// restore that fails part-way leaves the database as it was.
export async function restoreServerDatabase(file: string, databaseUrl: string): Promise<void> {
  await runPgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
}
