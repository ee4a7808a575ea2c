import type { DbClient } from "@/lib/server/db-client";

/** Live articles of the project with one of these content hashes, by hash (the oldest wins). */
export async function findExistingHashes(
  tx: DbClient,
  projectId: string,
  hashes: readonly string[],
): Promise<Map<string, { articleId: string; title: string }>> {
  if (hashes.length === 0) return new Map();
  const rows = await tx.article.findMany({
    where: { projectId, deletedAt: null, contentHash: { in: [...new Set(hashes)] } },
    select: { id: true, title: true, contentHash: true },
    orderBy: { createdAt: "asc" },
  });
  const found = new Map<string, { articleId: string; title: string }>();
  for (const row of rows) if (!found.has(row.contentHash)) found.set(row.contentHash, { articleId: row.id, title: row.title });
  return found;
}
