// `npm run db:check` (CI): fails when prisma/schema.prisma and
// prisma/migrations disagree, printing the SQL a new migration would need.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { diffMigrationsToSchema } from "./schema-engine/diff-migrations-to-schema";

const root = resolve(import.meta.dirname, "../..");

async function main(): Promise<number> {
  // Without the lock file (or with another provider in it) Prisma's own CLI
  // would refuse the folder, so the offline tooling would quietly diverge.
  const lock = await readFile(resolve(root, "prisma/migrations/migration_lock.toml"), "utf8").catch(() => "");
  if (!/^provider\s*=\s*"postgresql"\s*$/m.test(lock)) {
    console.error('prisma/migrations/migration_lock.toml is missing or does not say provider = "postgresql".');
    return 1;
  }

  let sql: string | null;
  try {
    sql = await diffMigrationsToSchema({
      migrationsDir: resolve(root, "prisma/migrations"),
      schemaPath: resolve(root, "prisma/schema.prisma"),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (sql === null) {
    console.log("migrations match schema.prisma");
    return 0;
  }
  console.error(
    "prisma/schema.prisma and prisma/migrations disagree: applying every migration does not give the schema.\n" +
      "Create a migration for the change with `npm run db:migration:new -- <name>` and commit it.\n" +
      "The missing SQL is:\n\n" +
      sql,
  );
  return 1;
}

process.exitCode = await main();
