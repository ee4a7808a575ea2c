"use client";

import { useEffect, useState } from "react";
import { RelativeTime } from "@/components/review/relative-time";
import { listClusterHistory, type ClusterHistoryEntry } from "./cluster-requests";
import { describeClusterChange } from "./describe-cluster-change";

// What happened to the cluster, newest first, from the audit log.
export function ClusterHistory({ projectSlug, clusterId, refreshKey }: { projectSlug: string; clusterId: string; refreshKey: number }) {
  const [entries, setEntries] = useState<ClusterHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    listClusterHistory(projectSlug, clusterId).then(
      (list) => !stale && setEntries(list),
      (e: unknown) => !stale && setError(e instanceof Error ? e.message : "Could not load the history."),
    );
    return () => {
      stale = true;
    };
  }, [projectSlug, clusterId, refreshKey]);
  if (error) return <p className="text-sm text-muted-foreground">{error}</p>;
  if (!entries) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No changes recorded yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-medium">{e.actor?.name ?? "Someone"}</span>
          <span>{describeClusterChange(e)}</span>
          <span className="text-xs text-muted-foreground">
            <RelativeTime iso={e.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
