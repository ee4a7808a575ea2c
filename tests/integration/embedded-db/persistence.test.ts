import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { seedIfEmpty } from "@/scripts/launch/seed-if-empty";

// What `npm start` does without DATABASE_URL, twice over the same data folder.
// Every migration in the repository, applied once on a new database.
const migrations = readdirSync(join(import.meta.dirname, "../../../prisma/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory());

describe("embedded Postgres on disk", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "claimdesk-embedded-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("migrates and seeds once, and keeps data across restarts", async () => {
    const first = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: 0 });
    try {
      expect(migrations.length).toBeGreaterThan(0);
      expect(await migrateDatabase(first.url)).toHaveLength(migrations.length);
      await first.waitForNoClients();
      expect(await seedIfEmpty(first.url)).toBe(true);
      await first.waitForNoClients();
      const client = createPrismaClient(first.url, 1);
      await client.article.updateMany({ where: { outlet: "Firstpost" }, data: { title: "Edited before restart" } });
      await client.$disconnect();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: 0 });
    try {
      expect(await migrateDatabase(second.url)).toEqual([]);
      await second.waitForNoClients();
      expect(await seedIfEmpty(second.url)).toBe(false);
      await second.waitForNoClients();
      const client = createPrismaClient(second.url, 1);
      expect(await client.article.count()).toBe(5);
      expect(await client.user.count()).toBe(5);
      expect((await client.article.findFirstOrThrow({ where: { outlet: "Firstpost" } })).title).toBe("Edited before restart");
      await client.$disconnect();
    } finally {
      await second.stop();
    }
  });
});
