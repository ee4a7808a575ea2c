// `npm run db:migration:new -- <name>`: writes the migration that takes the
// database from prisma/migrations to prisma/schema.prisma, offline, with
// Prisma's schema engine compiled to WebAssembly (see docs/migrations.md).
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { migrationDirName } from "@/lib/db/migrations/migration-dir-name";
import { migrationLockToml } from "./migration-lock";
import { diffMigrationsToSchema } from "./schema-engine/diff-migrations-to-schema";

const root = resolve(import.meta.dirname, "../..");
const migrationsDir = resolve(root, "prisma/migrations");
const schemaPath = resolve(root, "prisma/schema.prisma");

async function main(args: string[]): Promise<number> {
  const name = args.join(" ").trim();
  if (name === "") {
    console.error("Usage: npm run db:migration:new -- <name>   (e.g. add_comment_threads)");
    return 1;
  }
  const dirName = migrationDirName(name, new Date());

  const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath });
  if (sql === null) {
    console.log("No changes: prisma/schema.prisma already matches prisma/migrations. Nothing written.");
    return 0;
  }

  // Migrations apply in name order, so a new one must sort last; a clock
  // behind the newest existing folder would silently reorder history.
  const existing = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  const newest = existing.sort().at(-1);
  if (newest !== undefined && newest >= dirName) {
    console.error(`Refusing to write ${dirName}: it would sort before the newest migration ${newest}. Check the clock.`);
    return 1;
  }

  const dir = resolve(migrationsDir, dirName);
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, "migration.sql"), sql);
  const lockPath = resolve(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) await writeFile(lockPath, migrationLockToml);

  console.log(sql);
  console.log(
    `Wrote ${relative(root, resolve(dir, "migration.sql"))}.\n` +
      "Review it (the engine cannot know about renames or data to carry over), then apply it with npm run db:migrate.",
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
