import { existsSync, readdirSync, renameSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";

/**
 * Replaces the embedded database's data folder with a backup's. The current
 * folder is kept beside it (`<dataDir>.before-restore-<time>`), never deleted:
 * a restore of the wrong file loses nothing. Returns where it was kept.
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string, now = new Date()): Promise<string | null> {
  let keptAt: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    keptAt = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, keptAt);
  }
  const archive = new Blob([await readFile(file)], { type: "application/x-gzip" });
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: archive });
  // A query proves the folder opened as a database before we report success.
  await pglite.query("SELECT 1");
  await pglite.close();
  return keptAt;
}
