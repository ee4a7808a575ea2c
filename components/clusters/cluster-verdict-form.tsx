"use client";

import { useState } from "react";
import type { ClusterDTO } from "@/lib/clusters/cluster-dto";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

type Status = { id: string; name: string };

type ClusterVerdictFormProps = {
  cluster: ClusterDTO;
  statuses: Status[];
  canDecide: boolean;
  busy: boolean;
  onSave: (patch: { statusId: string | null; verdictExplanation: string; note: string }) => Promise<boolean>;
  onApply: () => Promise<boolean>;
};

// The cluster's own verdict, its public explanation and the team's note;
// applying the verdict to every member is one confirmed action.
export function ClusterVerdictForm({ cluster, statuses, canDecide, busy, onSave, onApply }: ClusterVerdictFormProps) {
  const [statusId, setStatusId] = useState(cluster.statusId ?? "");
  const [explanation, setExplanation] = useState(cluster.verdictExplanation);
  const [note, setNote] = useState(cluster.note);
  const [confirming, setConfirming] = useState(false);
  const dirty = statusId !== (cluster.statusId ?? "") || explanation !== cluster.verdictExplanation || note !== cluster.note;
  const statusName = statuses.find((s) => s.id === cluster.statusId)?.name ?? null;

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({ statusId: statusId === "" ? null : statusId, verdictExplanation: explanation, note });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor="cluster-verdict">Verdict</Label>
        <NativeSelect id="cluster-verdict" value={statusId} disabled={!canDecide || busy} onChange={(e) => setStatusId(e.target.value)}>
          <option value="">No verdict yet</option>
          {statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="cluster-explanation">Public explanation</Label>
        <Textarea id="cluster-explanation" rows={3} value={explanation} disabled={!canDecide || busy} onChange={(e) => setExplanation(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="cluster-note">Internal note</Label>
        <Textarea id="cluster-note" rows={2} value={note} disabled={!canDecide || busy} onChange={(e) => setNote(e.target.value)} />
      </div>
      {canDecide ? (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" disabled={!dirty || busy}>
            Save verdict
          </Button>
          <Button type="button" size="sm" variant="outline" disabled={busy || dirty || cluster.statusId === null} onClick={() => setConfirming(true)}>
            Apply verdict to members
          </Button>
        </div>
      ) : (
        <p className="text-xs text-muted-foreground">Reviewers and owners decide the verdict.</p>
      )}
      {cluster.verdictAppliedAt ? (
        <p className="text-xs text-muted-foreground" data-testid="verdict-applied">
          Verdict applied to members on {new Date(cluster.verdictAppliedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC.
        </p>
      ) : null}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Apply “{statusName}” to every member?</DialogTitle>
            <DialogDescription>
              Each of the {cluster.members.length} member claims gets this verdict; the change is recorded in each claim&apos;s history and can be
              restored from there.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                void onApply().then((ok) => ok && setConfirming(false));
              }}
            >
              Apply to {cluster.members.length} members
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </form>
  );
}
