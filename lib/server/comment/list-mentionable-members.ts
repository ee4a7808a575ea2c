import type { MentionableMember } from "@/lib/review/review-dto";
import type { DbClient } from "@/lib/server/db-client";

// Everyone in the project, by name: who the comment box offers after `@`,
// and who a mention can reach (an address outside the project reaches no one).
export async function listMentionableMembers(tx: DbClient, projectId: string): Promise<MentionableMember[]> {
  const rows = await tx.membership.findMany({
    where: { projectId, user: { disabledAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => row.user);
}
