import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export async function listMembers(access: ProjectAccess) {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const rows = await db.membership.findMany({
    where: { projectId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((m) => ({ membershipId: m.id, role: m.role, since: m.createdAt, ...m.user }));
}
