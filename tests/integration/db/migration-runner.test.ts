import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { migrationChecksum } from "@/lib/db/migrations/migration-checksum";
import type { SqlClient, SqlPool } from "@/lib/db/migrations/sql-client";
import { createScratchDatabase, type ScratchDatabase } from "@/scripts/support/create-scratch-database";

const migrationsDir = resolve(import.meta.dirname, "../../../prisma/migrations");

// A database the runner is pointed at, reset to empty before every test.
type Target = {
  client: SqlClient;
  // Another way in to the same database (a second connection or a pool), for
  // tests that need more than the one client.
  extra?: { pool: () => SqlPool; client: () => Promise<pg.Client> };
  close: () => Promise<void>;
};

// PGlite serves a single session, so pools and concurrent runs are server-only.
type TargetFactory = { name: string; multiConnection: boolean; open: () => Promise<Target> };

const targets: TargetFactory[] = [
  {
    name: "in-process PGlite",
    multiConnection: false,
    open: async () => {
      const db = new PGlite({ extensions: pgliteExtensions });
      return { client: db, close: () => db.close() };
    },
  },
];

const server = process.env.TEST_DATABASE_URL;
if (server) {
  targets.push({
    name: "Postgres server (TEST_DATABASE_URL)",
    multiConnection: true,
    open: async () => {
      const scratch: ScratchDatabase = await createScratchDatabase(server, "claimdesk_test");
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      const pools: pg.Pool[] = [];
      const clients: pg.Client[] = [];
      return {
        client,
        extra: {
          pool: () => {
            const pool = new pg.Pool({ connectionString: scratch.url, max: 3 });
            pools.push(pool);
            return pool;
          },
          client: async () => {
            const other = new pg.Client({ connectionString: scratch.url });
            await other.connect();
            clients.push(other);
            return other;
          },
        },
        close: async () => {
          await Promise.all([client.end(), ...pools.map((p) => p.end()), ...clients.map((c) => c.end())]);
          await scratch.drop();
        },
      };
    },
  });
}

async function rowsOf<T>(client: SqlClient, sql: string): Promise<T[]> {
  return (await client.query(sql)).rows as T[];
}

async function tableNames(client: SqlClient): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    client,
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const migrationRows = (client: SqlClient) =>
  rowsOf<MigrationRow>(client, `SELECT * FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`);

// A migrations directory of our own, for histories the real one does not have.
async function writeMigrations(dir: string, migrations: Record<string, string>): Promise<void> {
  for (const [name, script] of Object.entries(migrations)) {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, "migration.sql"), script);
  }
}

describe.each(targets)("applyMigrations against $name", ({ open, multiConnection }) => {
  let target: Target;
  let scratchDir: string;
  let initName: string;
  let initChecksum: string;

  beforeAll(async () => {
    target = await open();
    const names = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
    const init = names.map((e) => e.name).find((name) => name.endsWith("_init"));
    if (!init) throw new Error("prisma/migrations has no *_init migration");
    initName = init;
    initChecksum = migrationChecksum(await readFile(join(migrationsDir, init, "migration.sql")));
  });

  afterAll(async () => {
    await target?.close();
  });

  beforeEach(async () => {
    await target.client.query("DROP SCHEMA public CASCADE");
    await target.client.query("CREATE SCHEMA public");
    scratchDir = await mkdtemp(join(tmpdir(), "claimdesk-migrations-"));
  });

  afterEach(async () => {
    await rm(scratchDir, { recursive: true, force: true });
  });

  it("applies the init migration and records it the way Prisma Migrate does", async () => {
    const before = new Date(Date.now() - 60_000);
    const applied = await applyMigrations(target.client, { migrationsDir });

    expect(applied[0]).toBe(initName);
    const rows = await migrationRows(target.client);
    expect(rows).toHaveLength(applied.length);
    const [row] = rows;
    expect(row).toMatchObject({
      migration_name: initName,
      checksum: initChecksum,
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(row?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row?.finished_at).toBeInstanceOf(Date);
    expect(row!.finished_at!.getTime()).toBeGreaterThanOrEqual(row!.started_at.getTime());
    expect(row!.started_at.getTime()).toBeGreaterThan(before.getTime());

    const tables = await tableNames(target.client);
    expect(tables).toEqual(expect.arrayContaining(["_prisma_migrations", "User", "Project", "Annotation", "AuditLog"]));
    // The schema really works: enums, defaults and foreign keys are in place.
    await target.client.query(
      `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'a@example.test', 'A', now())`,
    );
    await expect(
      target.client.query(`INSERT INTO "OAuthAccount" ("id", "userId", "provider", "providerAccountId") VALUES ('o1', 'nobody', 'github', '1')`),
    ).rejects.toThrow(/foreign key/);
  });

  it("applies nothing and changes nothing when run again", async () => {
    await applyMigrations(target.client, { migrationsDir });
    const before = await migrationRows(target.client);

    const messages: string[] = [];
    expect(await applyMigrations(target.client, { migrationsDir, log: (m) => messages.push(m) })).toEqual([]);
    expect(await migrationRows(target.client)).toEqual(before);
    expect(messages).toEqual(["No pending migrations"]);
  });

  it("is silent unless given a log function", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    try {
      await applyMigrations(target.client, { migrationsDir });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("refuses to run when an applied migration's file no longer matches its checksum", async () => {
    await applyMigrations(target.client, { migrationsDir });
    await target.client.query(`UPDATE "_prisma_migrations" SET "checksum" = $1 WHERE "migration_name" = $2`, [
      "0".repeat(64),
      initName,
    ]);
    await writeMigrations(scratchDir, { "29990101000000_later": `CREATE TABLE "Later" ("id" INTEGER);` });

    await expect(applyMigrations(target.client, { migrationsDir })).rejects.toMatchObject({
      code: "CHECKSUM_MISMATCH",
      message: expect.stringContaining(initName),
    });
  });

  it("refuses to run while a failed migration is recorded, and resumes once it is marked rolled back", async () => {
    await writeMigrations(scratchDir, { "20240101000000_a": `CREATE TABLE "A" ("id" INTEGER);` });
    await applyMigrations(target.client, { migrationsDir: scratchDir });
    // What `prisma migrate deploy` leaves behind when a migration fails.
    await target.client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "started_at", "applied_steps_count")
       VALUES ('00000000-0000-4000-8000-000000000000', $1, '20240102000000_b', 'boom', now(), 0)`,
      ["f".repeat(64)],
    );
    await writeMigrations(scratchDir, { "20240102000000_b": `CREATE TABLE "B" ("id" INTEGER);` });

    await expect(applyMigrations(target.client, { migrationsDir: scratchDir })).rejects.toMatchObject({
      code: "FAILED_MIGRATION_RECORDED",
      message: expect.stringContaining("20240102000000_b"),
    });
    expect(await tableNames(target.client)).not.toContain("B");

    await target.client.query(`UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "finished_at" IS NULL`);
    expect(await applyMigrations(target.client, { migrationsDir: scratchDir })).toEqual(["20240102000000_b"]);
  });

  it("rolls a failing migration back whole and keeps the ones before it", async () => {
    await writeMigrations(scratchDir, {
      "20240101000000_good": `CREATE TABLE "Good" ("id" INTEGER);`,
      "20240102000000_broken": [
        `CREATE TABLE "HalfA" ("id" INTEGER);`,
        `INSERT INTO "Good" VALUES (1);`,
        `CREATE TABLE "HalfB" ("id" INTEGER);`,
        `INSERT INTO "Good" SELECT * FROM "Missing";`,
      ].join("\n"),
      "20240103000000_after": `CREATE TABLE "After" ("id" INTEGER);`,
    });

    const failure = applyMigrations(target.client, { migrationsDir: scratchDir });
    await expect(failure).rejects.toMatchObject({ code: "MIGRATION_FAILED" });
    await expect(failure).rejects.toThrow(/20240102000000_broken failed and was rolled back \(migration\.sql line 4\).*Missing/);

    const tables = await tableNames(target.client);
    expect(tables).toContain("Good");
    expect(tables).not.toContain("HalfA");
    expect(tables).not.toContain("HalfB");
    expect(tables).not.toContain("After");
    expect(await rowsOf(target.client, `SELECT * FROM "Good"`)).toEqual([]);
    expect((await migrationRows(target.client)).map((row) => row.migration_name)).toEqual(["20240101000000_good"]);

    // Fixed, it goes through on the next run, followed by the rest.
    await writeMigrations(scratchDir, { "20240102000000_broken": `CREATE TABLE "HalfA" ("id" INTEGER);` });
    expect(await applyMigrations(target.client, { migrationsDir: scratchDir })).toEqual([
      "20240102000000_broken",
      "20240103000000_after",
    ]);
  });

  it("keeps a migration with Prisma's own BEGIN;/COMMIT; lines atomic", async () => {
    await writeMigrations(scratchDir, {
      "20240101000000_enum": [
        `CREATE TYPE "Color" AS ENUM ('RED');`,
        `BEGIN;`,
        `CREATE TABLE "Painted" ("color" "Color");`,
        `COMMIT;`,
        `SELECT 1 / 0;`,
      ].join("\n"),
    });

    await expect(applyMigrations(target.client, { migrationsDir: scratchDir })).rejects.toThrow(/20240101000000_enum failed and was rolled back.*division by zero/);
    expect(await tableNames(target.client)).not.toContain("Painted");
    expect(await rowsOf(target.client, `SELECT 1 FROM pg_type WHERE typname = 'Color'`)).toEqual([]);
  });

  it("runs a script as one query, so `;` inside function bodies and strings is safe", async () => {
    await writeMigrations(scratchDir, {
      "20240101000000_function": [
        `CREATE TABLE "Note" ("body" TEXT);`,
        `INSERT INTO "Note" VALUES ('one; two');`,
        `CREATE FUNCTION "touch"() RETURNS INTEGER AS $$`,
        `BEGIN`,
        `  PERFORM 1;`,
        `  RETURN 2;`,
        `END;`,
        `$$ LANGUAGE plpgsql;`,
      ].join("\n"),
    });

    await applyMigrations(target.client, { migrationsDir: scratchDir });
    expect(await rowsOf(target.client, `SELECT "body" FROM "Note"`)).toEqual([{ body: "one; two" }]);
    expect(await rowsOf(target.client, `SELECT "touch"() AS "value"`)).toEqual([{ value: 2 }]);
  });

  it.runIf(multiConnection)("works through a pg.Pool", async () => {
    const pool = target.extra!.pool();
    expect(await applyMigrations(pool, { migrationsDir })).toContain(initName);
    expect(await applyMigrations(pool, { migrationsDir })).toEqual([]);
    // Nothing was left on the pool's connections: no open transaction, no lock.
    // Only this database's: other databases on the server (parallel test
    // files, pg-boss workers) hold advisory locks of their own.
    const locks = await rowsOf(
      target.client,
      `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(locks).toEqual([]);
  });

  it.runIf(multiConnection)("lets only one of two simultaneous runs apply each migration", async () => {
    const [first, second] = await Promise.all([target.extra!.client(), target.extra!.client()]);
    const results = await Promise.all([
      applyMigrations(first, { migrationsDir }),
      applyMigrations(second, { migrationsDir }),
    ]);

    expect(results.flat().filter((name) => name === initName)).toHaveLength(1);
    expect((await migrationRows(target.client)).filter((row) => row.migration_name === initName)).toHaveLength(1);
  });
});
