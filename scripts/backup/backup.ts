// npm run backup [-- <file>]
// Backs up the database Claimdesk uses: DATABASE_URL's server with pg_dump
// (custom format, .dump), or else the embedded database's folder (.tar.gz;
// stop npm start first). Prints where the backup went.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { backupEmbeddedDatabase } from "./backup-embedded-database";
import { backupServerDatabase } from "./backup-server-database";
import { embeddedDataPaths } from "./embedded-data-paths";

const root = resolve(import.meta.dirname, "../..");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const file = resolve(process.argv[2] ?? join(root, "backups", `claimdesk-${stamp}.${databaseUrl ? "dump" : "tar.gz"}`));
  mkdirSync(dirname(file), { recursive: true });
  if (databaseUrl) {
    await backupServerDatabase(databaseUrl, file);
  } else {
    const { dataDir } = embeddedDataPaths(root, { mustBeIdle: true });
    await backupEmbeddedDatabase(dataDir, file);
  }
  console.log(`Backup written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
