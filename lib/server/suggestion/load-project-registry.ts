import type { DbClient } from "@/lib/server/db-client";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

/** The project's live entities as the suggesters read them, in a stable order (by id), so the cache key is too. */
export async function loadProjectRegistry(client: DbClient, projectId: string): Promise<RegistryName[]> {
  const entities = await client.entity.findMany({
    where: { projectId, deletedAt: null },
    select: { id: true, name: true, aliases: true, type: { select: { key: true } } },
    orderBy: { id: "asc" },
  });
  return entities.map((e) => ({ entityId: e.id, entityType: e.type.key, names: [e.name, ...e.aliases] }));
}
