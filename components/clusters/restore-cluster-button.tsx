"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { restoreCluster } from "./cluster-requests";

type RestoreClusterButtonProps = { projectSlug: string; cluster: { id: string; title: string; version: number } };

// Brings a deleted cluster back as it was (its members never left it) and
// opens it.
export function RestoreClusterButton({ projectSlug, cluster }: RestoreClusterButtonProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await restoreCluster(projectSlug, cluster.id, cluster.version);
      router.push(`/projects/${encodeURIComponent(projectSlug)}/clusters/${encodeURIComponent(cluster.id)}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not restore the cluster.");
      setBusy(false);
      // A stale version or someone else's restore: show the list as it is now.
      router.refresh();
    }
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="outline" size="sm" disabled={busy} onClick={() => void restore()} aria-label={`Restore ${cluster.title}`}>
        <RotateCcwIcon aria-hidden="true" className="size-3.5" />
        Restore
      </Button>
      {error ? (
        <p role="alert" className="max-w-xs text-right text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
