"use client";

import { useId, useState } from "react";
import { useActionDialog } from "@/components/forms/use-action-dialog";
import { MergeIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DialogActionFooter } from "@/components/ui/dialog-action-footer";
import { postEntityAction } from "./post-entity-action";

type Candidate = { id: string; name: string; version: number; uses: string };
type Props = { projectSlug: string; target: { id: string; name: string; version: number }; candidates: Candidate[] };

/**
 * Merges another entity (a duplicate) into this one. Both versions shown
 * are sent, so a change made meanwhile is refused rather than merged; the
 * merge is listed on the page afterwards with an Undo.
 */
export function MergeEntityDialog({ projectSlug, target, candidates }: Props) {
  const id = useId();
  const [sourceId, setSourceId] = useState("");
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  const source = candidates.find((c) => c.id === sourceId);

  const merge = () => {
    if (!source) return;
    run(
      () => postEntityAction(projectSlug, target.id, "merge", { sourceId: source.id, sourceVersion: source.version, targetVersion: target.version }),
      () => setSourceId(""),
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <MergeIcon aria-hidden="true" />
          Merge another entity into this one
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Merge into “{target.name}”</DialogTitle>
          <DialogDescription>
            The entity you choose disappears from the registry: its mentions, claim links and names move to “{target.name}”, which keeps its own name and type.
            You can undo the merge on this page.
          </DialogDescription>
        </DialogHeader>
        <div className="space-y-2">
          <label htmlFor={id} className="text-sm font-medium">
            Entity to merge
          </label>
          <NativeSelect id={id} value={sourceId} onChange={(event) => setSourceId(event.currentTarget.value)}>
            <option value="">Choose an entity…</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.uses})
              </option>
            ))}
          </NativeSelect>
        </div>
        <DialogActionFooter
          error={error}
          action={{ label: source ? `Merge “${source.name}”` : "Merge", pendingLabel: "Merging…", pending, disabled: !source, onClick: merge }}
        />
      </DialogContent>
    </Dialog>
  );
}
