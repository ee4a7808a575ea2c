import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { loadSchemaEngine } from "@/scripts/db/schema-engine/load-schema-engine";

// Prisma's own migration engine (the WebAssembly build of what `prisma
// migrate deploy` / `status` run) judges the history our runner writes, and
// our runner judges the history Prisma writes.
const root = resolve(import.meta.dirname, "../../..");
const migrationsDir = join(root, "prisma/migrations");
const schemaPath = join(root, "prisma/schema.prisma");
const filters = { externalTables: [], externalEnums: [] };

async function migrationsList(): Promise<MigrationList> {
  const dirs = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(join(migrationsDir, "migration_lock.toml"), "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.sort().map(async (path) => ({
        path,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(join(migrationsDir, path, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function engineFor(db: PGlite): Promise<SchemaEngine> {
  return loadSchemaEngine({
    schemaPath,
    schema: await readFile(schemaPath, "utf8"),
    adapterFactory: bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db)),
  });
}

async function migrationsTableShape(db: PGlite) {
  const columns = await db.query(
    `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
  );
  const constraints = await db.query(
    `SELECT conname, contype FROM pg_constraint
      WHERE conrelid = '"_prisma_migrations"'::regclass AND contype IN ('p', 'u', 'f') ORDER BY conname`,
  );
  return { columns: columns.rows, constraints: constraints.rows };
}

describe("compatibility with Prisma's migration engine", () => {
  const ours = new PGlite({ extensions: pgliteExtensions });
  const prismas = new PGlite({ extensions: pgliteExtensions });
  let ourEngine: SchemaEngine;
  let prismaEngine: SchemaEngine;

  beforeAll(async () => {
    ourEngine = await engineFor(ours);
    prismaEngine = await engineFor(prismas);
  });

  afterAll(async () => {
    ourEngine?.free();
    prismaEngine?.free();
    await Promise.all([ours.close(), prismas.close()]);
  });

  it("sees the history our runner wrote as complete and unedited", async () => {
    const applied = await applyMigrations(ours, { migrationsDir });
    expect(applied.length).toBeGreaterThan(0);

    const list = await migrationsList();
    expect(await ourEngine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters })).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
    expect(await ourEngine.applyMigrations({ migrationsList: list, filters })).toEqual({ appliedMigrationNames: [] });
  });

  it("writes a history our runner accepts, in a table shaped like ours", async () => {
    const list = await migrationsList();
    const deployed = await prismaEngine.applyMigrations({ migrationsList: list, filters });
    expect(deployed.appliedMigrationNames).toEqual(list.migrationDirectories.map((d) => d.path));

    expect(await applyMigrations(prismas, { migrationsDir })).toEqual([]);
    expect(await migrationsTableShape(ours)).toEqual(await migrationsTableShape(prismas));
  });
});
