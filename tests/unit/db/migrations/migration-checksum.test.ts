import { describe, expect, it } from "vitest";
import { migrationChecksum } from "@/lib/db/migrations/migration-checksum";

describe("migrationChecksum", () => {
  it("is the lowercase hex SHA-256 of the bytes (FIPS 180-2 test vectors)", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(migrationChecksum("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("matches the checksum Prisma's schema engine recorded for the same script", () => {
    // Recorded in _prisma_migrations by @prisma/schema-engine-wasm's applyMigrations.
    const script = "CREATE TABLE a(id int);\nCREATE TABLE b(id int);";
    expect(migrationChecksum(script)).toBe("f3b1463b9cdba3ae29077bc434d4c02e71bde86e2e0645958ffc4a5451c4b069");
  });

  it("hashes bytes and the same text as UTF-8 identically", () => {
    const text = "-- café\nSELECT 1;";
    expect(migrationChecksum(new TextEncoder().encode(text))).toBe(migrationChecksum(text));
  });

  it("changes with a single line-ending change, as Prisma's does", () => {
    expect(migrationChecksum("SELECT 1;\r\n")).not.toBe(migrationChecksum("SELECT 1;\n"));
  });
});
