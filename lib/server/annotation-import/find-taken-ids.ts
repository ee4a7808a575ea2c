import { isClaimdeskId } from "@/lib/import/annotations/is-claimdesk-id";
import type { DbClient } from "@/lib/server/db-client";

export type IdSets = { articles: ReadonlySet<string>; annotations: ReadonlySet<string>; entities: ReadonlySet<string>; clusters: ReadonlySet<string> };

/**
 * Which of a file's ids rows in this database already hold, table by table
 * (deleted rows too: soft-deleted rows keep their ids). Only Claimdesk-shaped
 * ids are asked about; the import never keeps the others.
 */
export async function findTakenIds(tx: DbClient, wanted: { articles: Iterable<string>; annotations: Iterable<string>; entities: Iterable<string>; clusters: Iterable<string> }): Promise<IdSets> {
  const only = (ids: Iterable<string>) => [...new Set(ids)].filter(isClaimdeskId);
  const rows = (found: Array<{ id: string }>) => new Set(found.map((r) => r.id));
  // One after the other: inside a transaction the queries share one connection.
  const articles = rows(await tx.article.findMany({ where: { id: { in: only(wanted.articles) } }, select: { id: true } }));
  const annotations = rows(await tx.annotation.findMany({ where: { id: { in: only(wanted.annotations) } }, select: { id: true } }));
  const entities = rows(await tx.entity.findMany({ where: { id: { in: only(wanted.entities) } }, select: { id: true } }));
  const clusters = rows(await tx.claimCluster.findMany({ where: { id: { in: only(wanted.clusters) } }, select: { id: true } }));
  return { articles, annotations, entities, clusters };
}
