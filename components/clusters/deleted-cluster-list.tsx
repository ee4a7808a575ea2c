import { Trash2 } from "lucide-react";
import type { ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import { formatDate } from "@/lib/format/format-date";
import { EmptyState } from "@/components/ui/empty-state";
import { RestoreClusterButton } from "./restore-cluster-button";

type DeletedClusterListProps = { projectSlug: string; clusters: ClusterSummaryDTO[]; canRestore: boolean };

// The project's deleted clusters, most recently changed first, each with
// Restore for those who may (the server still checks: an annotator restores
// only the clusters they started).
export function DeletedClusterList({ projectSlug, clusters, canRestore }: DeletedClusterListProps) {
  if (clusters.length === 0) {
    return <EmptyState icon={<Trash2 />} title="No deleted clusters" description="Deleted clusters are listed here, ready to be restored." />;
  }
  return (
    <ul className="flex flex-col gap-3" aria-label="Deleted clusters">
      {clusters.map((cluster) => (
        <li key={cluster.id} data-cluster-id={cluster.id} className="rounded-xl border border-dashed bg-card p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-medium">{cluster.title}</p>
              {cluster.statement && cluster.statement !== cluster.title ? <p className="mt-1 text-sm text-muted-foreground">{cluster.statement}</p> : null}
              <p className="mt-2 text-xs text-muted-foreground">
                {cluster.memberCount} {cluster.memberCount === 1 ? "member" : "members"} kept · deleted {cluster.deletedAt ? formatDate(cluster.deletedAt) : ""}
              </p>
            </div>
            {canRestore ? <RestoreClusterButton projectSlug={projectSlug} cluster={cluster} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
