"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Trash2Icon } from "lucide-react";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DialogActionFooter } from "@/components/ui/dialog-action-footer";
import { deleteCluster } from "./cluster-requests";

type DeleteClusterButtonProps = { projectSlug: string; cluster: Pick<ClusterDTO, "id" | "title" | "version" | "members"> };

// "Delete cluster", confirmed first. A soft delete: the member claims stay in
// their articles, and the cluster comes back whole from the deleted list.
export function DeleteClusterButton({ projectSlug, cluster }: DeleteClusterButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = cluster.members.length;

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteCluster(projectSlug, cluster.id, cluster.version);
      setOpen(false);
      router.push(`/projects/${encodeURIComponent(projectSlug)}/clusters?deleted=true`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not delete the cluster.");
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        <Trash2Icon aria-hidden="true" className="size-3.5" />
        Delete cluster
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setError(null);
        }}
      >
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete “{cluster.title}”?</DialogTitle>
            <DialogDescription>
              {count === 0
                ? "The cluster has no members."
                : `Its ${count} member ${count === 1 ? "claim stays" : "claims stay"} in ${count === 1 ? "its article" : "their articles"}, unchanged.`}{" "}
              The verdict, evidence, comments and history are kept, and the cluster can be restored from the list of deleted clusters.
            </DialogDescription>
          </DialogHeader>
          <DialogActionFooter
            error={error}
            action={{ label: "Delete cluster", pendingLabel: "Deleting…", pending: busy, variant: "destructive", onClick: () => void remove() }}
          />
        </DialogContent>
      </Dialog>
    </>
  );
}
