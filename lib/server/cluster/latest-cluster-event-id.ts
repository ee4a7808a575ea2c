import { db } from "@/lib/db";
import { claimChangeTypes } from "@/lib/server/cluster/claim-change-cluster-event";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

// The newest cluster event id of the project, "0" when there is none: where a
// project stream opened without a cursor starts.
export async function latestClusterEventId(access: ProjectAccess): Promise<string> {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const row = await db.event.findFirst({
    where: { projectId, OR: [{ type: { startsWith: "cluster." } }, { type: { in: Object.keys(claimChangeTypes) } }] },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return row ? String(row.id) : "0";
}
