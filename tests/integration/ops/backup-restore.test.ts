import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { backupServerDatabase } from "@/scripts/backup/backup-server-database";
import { restoreServerDatabase } from "@/scripts/backup/restore-server-database";
import { backupEmbeddedDatabase } from "@/scripts/backup/backup-embedded-database";
import { restoreEmbeddedDatabase } from "@/scripts/backup/restore-embedded-database";
import { freshDatabase, type FreshDatabase } from "@/tests/support/fresh-database";

// Issue 14: npm run backup / restore, for a Postgres server (pg_dump custom
// format, pg_restore) and for the embedded database (its data folder). A round
// trip must give back every table exactly: same rows, compared by digest.

type Digests = Record<string, { rows: number; md5: string }>;

async function tableDigests(url: string): Promise<Digests> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const out: Digests = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*)::text AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      out[name] = { rows: Number(rows[0]?.rows), md5: rows[0]?.md5 ?? "" };
    }
    return out;
  } finally {
    await client.end();
  }
}

const hasPgTools = spawnSync("pg_dump", ["--version"]).status === 0 && spawnSync("pg_restore", ["--version"]).status === 0;
const work = mkdtempSync(join(tmpdir(), "claimdesk-backup-"));

describe.runIf(hasPgTools && !!process.env.TEST_DATABASE_URL)("backup and restore on a Postgres server", () => {
  const open: FreshDatabase[] = [];
  afterAll(async () => {
    for (const db of open) await db.close();
  });

  it("restores every table exactly, over a database that changed since", async () => {
    const source = await freshDatabase();
    const target = await freshDatabase();
    open.push(source, target);
    expect(await seedDemo(source.client, loadDemoCorpus())).toBe(true);
    const before = await tableDigests(source.url);
    expect(before.Annotation?.rows).toBeGreaterThan(0);

    const file = join(work, "server.dump");
    await backupServerDatabase(source.url, file);
    // The target has other data: the restore must replace it, not merge.
    await target.client.user.create({ data: { email: "someone@else.example", name: "Someone", passwordHash: "x" } });
    await restoreServerDatabase(file, target.url);
    expect(await tableDigests(target.url)).toEqual(before);
  }, 120_000);
});

describe("backup and restore of the embedded database", () => {
  it("restores every table exactly into a new folder, and keeps the folder it replaces", async () => {
    const dataDir = join(work, "pglite");
    const original = await startEmbeddedPostgres({ dataDir, port: 0 });
    await migrateDatabase(original.url);
    await original.waitForNoClients();
    const client = createPrismaClient(original.url, 1);
    expect(await seedDemo(client, loadDemoCorpus())).toBe(true);
    await client.$disconnect();
    await original.waitForNoClients();
    const before = await tableDigests(original.url);
    await original.stop();

    const file = join(work, "embedded.tar.gz");
    await backupEmbeddedDatabase(dataDir, file);

    const restoredDir = join(work, "restored");
    expect(await restoreEmbeddedDatabase(file, restoredDir)).toBeNull();
    const restored = await startEmbeddedPostgres({ dataDir: restoredDir, port: 0 });
    try {
      expect(await tableDigests(restored.url)).toEqual(before);
    } finally {
      await restored.stop();
    }

    // Restoring over an existing folder moves that folder aside, never deletes it.
    const keptAt = await restoreEmbeddedDatabase(file, dataDir, new Date("2026-12-07T10:00:00Z"));
    expect(keptAt).toBe(`${dataDir}.before-restore-2026-12-07T10-00-00-000Z`);
    expect(existsSync(keptAt as string) && readdirSync(keptAt as string).length).toBeGreaterThan(0);
    // Migrating and seeding PGlite (Postgres in WebAssembly) twice over takes a while.
  }, 300_000);
});
