// npm run restore -- <file>
// Restores a backup made by npm run backup into the database Claimdesk uses:
// DATABASE_URL's server (pg_restore, one transaction), or else the embedded
// database's folder (the current folder is kept beside it; stop npm start first).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { restoreEmbeddedDatabase } from "./restore-embedded-database";
import { restoreServerDatabase } from "./restore-server-database";
import { embeddedDataPaths } from "./embedded-data-paths";

const root = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || !existsSync(file)) throw new Error("Usage: npm run restore -- <backup file>   (a .dump for DATABASE_URL, a .tar.gz for the embedded database)");
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    if (!file.endsWith(".dump")) throw new Error("DATABASE_URL is set: restore a .dump made by npm run backup against a server.");
    await restoreServerDatabase(resolve(file), databaseUrl);
    console.log("Restored into DATABASE_URL.");
    return;
  }
  if (!file.endsWith(".tar.gz")) throw new Error("No DATABASE_URL: restore a .tar.gz made by npm run backup of the embedded database.");
  const { dataDir } = embeddedDataPaths(root, { mustBeIdle: true });
  const keptAt = await restoreEmbeddedDatabase(resolve(file), dataDir);
  console.log(`Restored into ${dataDir}.${keptAt ? ` The previous data is kept in ${keptAt}.` : ""}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
