import type { DbClient } from "@/lib/server/db-client";

export type Coder = { id: string; name: string };

/** The named annotators, sorted by name (then id, so equal names keep one order). */
export async function loadCoderNames(tx: DbClient, ids: readonly string[]): Promise<Coder[]> {
  const users = await tx.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return users.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
}
