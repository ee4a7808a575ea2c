import type { DbClient } from "@/lib/server/db-client";

// New claims start as "unverified" when the project still has that status;
// a project that archived or removed it gets claims without a status.
export async function findDefaultStatusId(tx: DbClient, projectId: string): Promise<string | null> {
  const status = await tx.label.findFirst({
    where: { projectId, kind: "VERIFICATION_STATUS", key: "unverified", archivedAt: null },
    select: { id: true },
  });
  return status?.id ?? null;
}
