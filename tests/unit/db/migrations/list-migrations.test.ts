import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMigrations } from "@/lib/db/migrations/list-migrations";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "claimdesk-migrations-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function addMigration(name: string, script: string): Promise<void> {
  await mkdir(join(dir, name));
  await writeFile(join(dir, name, "migration.sql"), script);
}

describe("listMigrations", () => {
  it("returns migration folders in code-unit order with script and checksum", async () => {
    await addMigration("20240102000000_b", "SELECT 2;");
    await addMigration("20240101000000_a", "abc");
    await addMigration("20240101000000_B", "SELECT 1;");

    const migrations = await listMigrations(dir);

    // "B" (0x42) sorts before "a" (0x61) whatever the machine's locale.
    expect(migrations.map((m) => m.name)).toEqual(["20240101000000_B", "20240101000000_a", "20240102000000_b"]);
    expect(migrations[1]).toEqual({
      name: "20240101000000_a",
      script: "abc",
      checksum: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    });
  });

  it("ignores migration_lock.toml, other files and hidden folders", async () => {
    await addMigration("20240101000000_init", "SELECT 1;");
    await writeFile(join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeFile(join(dir, "README.md"), "notes");
    await mkdir(join(dir, ".cache"));

    expect((await listMigrations(dir)).map((m) => m.name)).toEqual(["20240101000000_init"]);
  });

  it("treats a missing directory as no migrations", async () => {
    expect(await listMigrations(join(dir, "does-not-exist"))).toEqual([]);
  });

  it("refuses a migration folder without migration.sql", async () => {
    await mkdir(join(dir, "20240101000000_empty"));
    await expect(listMigrations(dir)).rejects.toMatchObject({
      name: "MigrationError",
      code: "MISSING_SCRIPT",
      message: expect.stringContaining("20240101000000_empty"),
    });
  });
});
