import type { DbClient } from "@/lib/server/db-client";

// Serialises label-schema writes within one project. Hotkey uniqueness among
// active entity types and "next position" have no database constraint, so
// two owners saving at once could otherwise both pass the check. Held until
// the transaction ends; other projects are not blocked.
export async function lockLabelSchema(tx: DbClient, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`label-schema:${projectId}`}))`;
}
