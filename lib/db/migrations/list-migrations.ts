import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { migrationChecksum } from "./migration-checksum";
import { MigrationError } from "./migration-error";

// A migration as found on disk: `<migrationsDir>/<name>/migration.sql`.
export type LocalMigration = {
  name: string;
  script: string;
  checksum: string;
};

// Prisma Migrate's layout: one folder per migration, applied in name order
// (names start with a UTC timestamp). Files beside the folders, such as
// migration_lock.toml, are not migrations. A missing directory means "no
// migrations yet" rather than an error, as for Prisma.
export async function listMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // Code-unit order, not localeCompare: the order must not depend on the
  // machine's locale, and Prisma compares names byte by byte.
  const names = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return Promise.all(
    names.map(async (name) => {
      const path = join(migrationsDir, name, "migration.sql");
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (error) {
        throw new MigrationError("MISSING_SCRIPT", `Migration folder ${name} has no readable migration.sql (${path}).`, {
          cause: error,
        });
      }
      return { name, script: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    }),
  );
}
