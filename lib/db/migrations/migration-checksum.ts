import { createHash } from "node:crypto";

// Prisma Migrate stores the lowercase hex SHA-256 of migration.sql's bytes; the
// same value here is what lets `prisma migrate` trust rows we wrote.
export function migrationChecksum(script: Uint8Array | string): string {
  return createHash("sha256").update(script).digest("hex");
}
