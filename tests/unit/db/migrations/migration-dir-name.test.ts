import { describe, expect, it } from "vitest";
import { migrationDirName } from "@/lib/db/migrations/migration-dir-name";

describe("migrationDirName", () => {
  it("prefixes the UTC time as YYYYMMDDHHMMSS", () => {
    expect(migrationDirName("init", new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607_init");
  });

  it("slugs the name to lowercase words joined by underscores", () => {
    const now = new Date("2026-12-31T23:59:59Z");
    expect(migrationDirName("  Add comment-threads / v2 ", now)).toBe("20261231235959_add_comment_threads_v2");
  });

  it("refuses a name with nothing usable in it", () => {
    expect(() => migrationDirName("--- ", new Date())).toThrow(/not a usable migration name/);
  });
});
