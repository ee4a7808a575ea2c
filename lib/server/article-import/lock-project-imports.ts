import type { DbClient } from "@/lib/server/db-client";

// Serialises imports into one project for the rest of the transaction, so two
// batches holding the same article cannot both pass the duplicate check.
export async function lockProjectImports(tx: DbClient, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${projectId}`}, 0))`;
}
