import { runPgTool } from "./run-pg-tool";

// A logical backup in pg_dump's custom format (compressed, restorable table by
// table), without owners or grants so it restores under any role.
export async function backupServerDatabase(databaseUrl: string, file: string): Promise<void> {
  await runPgTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${databaseUrl}`]);
}
