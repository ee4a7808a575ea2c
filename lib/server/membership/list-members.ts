import { db } from "@/lib/db";

export async function listMembers(projectId: string) {
  const rows = await db.membership.findMany({
    where: { projectId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((m) => ({ membershipId: m.id, role: m.role, since: m.createdAt, ...m.user }));
}
