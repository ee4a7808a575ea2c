import type { DbClient } from "@/lib/server/db-client";

// Serialises annotation imports across projects for the rest of the
// transaction: an import keeps a file's ids where no row holds them, so two
// imports of one export into two projects must not both find an id free.
export async function lockImportIds(tx: DbClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('import:ids', 0))`;
}
