import type { DbClient } from "@/lib/server/db-client";

export type DisplayNames = {
  /** Every label of the project, archived ones too: old annotations may still carry them. */
  labels: Record<string, { name: string; color: string }>;
  entities: Record<string, string>;
};

/** Names for the label and entity ids that comparison views show. */
export async function loadDisplayNames(tx: DbClient, projectId: string, entityIds: readonly string[]): Promise<DisplayNames> {
  const [labels, entities] = await Promise.all([
    tx.label.findMany({ where: { projectId }, select: { id: true, name: true, color: true } }),
    entityIds.length === 0 ? [] : tx.entity.findMany({ where: { projectId, id: { in: [...new Set(entityIds)] } }, select: { id: true, name: true } }),
  ]);
  return {
    labels: Object.fromEntries(labels.map((l) => [l.id, { name: l.name, color: l.color }])),
    entities: Object.fromEntries(entities.map((e) => [e.id, e.name])),
  };
}
