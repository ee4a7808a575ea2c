"use client";

import { useEffect, useId, useState } from "react";
import type { ClusterSummaryDTO } from "@/lib/clusters/cluster-dto";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { searchClusters } from "./cluster-requests";

type MoveToClusterPickerProps = {
  projectSlug: string;
  excludeId: string | null;
  busy: boolean;
  onPick: (cluster: ClusterSummaryDTO) => void;
};

// Finds an existing cluster by its title or statement.
export function MoveToClusterPicker({ projectSlug, excludeId, busy, onPick }: MoveToClusterPickerProps) {
  const inputId = useId();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<ClusterSummaryDTO[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      searchClusters(projectSlug, q).then(
        (clusters) => {
          if (stale) return;
          const needle = q.trim().toLowerCase();
          // The server may not filter; the words still narrow the list here.
          setFound(clusters.filter((c) => c.id !== excludeId && (needle === "" || `${c.title} ${c.statement}`.toLowerCase().includes(needle))).slice(0, 20));
          setError(null);
        },
        (e: unknown) => !stale && setError(e instanceof Error ? e.message : "Could not search the clusters."),
      );
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [projectSlug, q, excludeId]);

  return (
    <div className="flex flex-col gap-2 rounded-lg border p-3">
      <Label htmlFor={inputId}>Find a cluster</Label>
      <Input id={inputId} type="search" value={q} autoFocus placeholder="Words of its title or statement" onChange={(e) => setQ(e.target.value)} />
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
      {found && found.length === 0 ? <p className="text-sm text-muted-foreground">No other cluster matches.</p> : null}
      {found && found.length > 0 ? (
        <ul className="flex max-h-56 flex-col gap-1 overflow-y-auto" aria-label="Clusters">
          {found.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 rounded-md px-2 py-1 hover:bg-accent">
              <span className="min-w-0">
                <span className="block truncate text-sm font-medium">{c.title}</span>
                <span className="block text-xs text-muted-foreground">
                  {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
                </span>
              </span>
              <Button size="sm" variant="outline" disabled={busy} onClick={() => onPick(c)}>
                Move here
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
