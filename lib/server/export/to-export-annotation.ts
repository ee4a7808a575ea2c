import type { ExportAnnotation, ExportAuthor } from "@/lib/export/types";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import type { ExportAnnotationRow } from "@/lib/server/export/export-annotation-select";

/**
 * A stored annotation as exports take it. `liveClusters` holds the ids of
 * clusters that are exported: membership of a deleted cluster is dropped.
 */
export function toExportAnnotation(
  row: ExportAnnotationRow,
  authors: ReadonlyMap<string, ExportAuthor>,
  liveClusters: ReadonlySet<string>,
): ExportAnnotation {
  const { author: _author, deletedAt: _deletedAt, ...dto } = toAnnotationDTO(row);
  const last = row.reviews[0] ?? null;
  const member = row.clusterMember && liveClusters.has(row.clusterMember.clusterId) ? row.clusterMember : null;
  return {
    ...dto,
    author: authors.get(row.author.id) ?? { id: row.author.id, name: row.author.name, pseudonym: `annotator-${row.author.id}` },
    reviews: { count: row._count.reviews, lastDecision: last?.decision ?? null, lastDecidedAt: last?.createdAt.toISOString() ?? null },
    cluster: member ? { clusterId: member.clusterId, relation: member.relation } : null,
  };
}
