import type { ExportEntity, ExportLabel } from "@/lib/export/types";
import type { DbClient } from "@/lib/server/db-client";
import type { ExportAnnotationTuple } from "@/lib/server/export/find-export-annotation-rows";

export type W3cVocabulary = { labels: ExportLabel[]; entities: ExportEntity[]; liveClusters: Set<string> };

/**
 * The part of the project's vocabulary a few annotations need to be written
 * as W3C (labels by id, the entities they name, which of their clusters are
 * live), read for those annotations only: the exporter's
 * `loadExportVocabulary` reads every entity and cluster of the project,
 * which is most of the time of a one-annotation GET (docs/benchmarks.md,
 * "W3C protocol container"). Annotators' pseudonyms are not here: they are
 * numbered over the whole project, so pseudonymised reads still use the
 * exporter's loader.
 */
export async function loadW3cVocabulary(db: DbClient, projectId: string, tuples: ExportAnnotationTuple[]): Promise<W3cVocabulary> {
  const entityIds = new Set<string>();
  const clusterIds = new Set<string>();
  for (const t of tuples) {
    if (t[15]) entityIds.add(t[15]);
    for (const [entityId] of t[23] ?? []) entityIds.add(entityId);
    if (t[28]) clusterIds.add(t[28]);
  }
  const [labels, entities, clusters] = await Promise.all([
    db.label.findMany({ where: { projectId }, select: { id: true, kind: true, key: true, name: true, rating: true } }),
    db.entity.findMany({
      where: { projectId, deletedAt: null, id: { in: [...entityIds] } },
      select: { id: true, name: true, aliases: true, externalId: true, type: { select: { key: true } } },
    }),
    db.claimCluster.findMany({ where: { projectId, deletedAt: null, id: { in: [...clusterIds] } }, select: { id: true } }),
  ]);
  return {
    labels,
    entities: entities.map((e) => ({ id: e.id, typeKey: e.type.key, name: e.name, aliases: e.aliases, externalId: e.externalId })),
    liveClusters: new Set(clusters.map((c) => c.id)),
  };
}
