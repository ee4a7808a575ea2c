"use client";

import { useRef, useState } from "react";
import { PlusIcon } from "lucide-react";
import type { ClusterEvidenceDTO } from "@/lib/clusters/cluster-dto";
import { EVIDENCE_MAX } from "@/lib/validations/annotation";
import { Button } from "@/components/ui/button";
import { EvidenceForm } from "@/components/editor/panel/evidence-form";
import { EvidenceItem } from "@/components/editor/panel/evidence-item";
import { toEvidenceInput, type EvidenceInput } from "@/components/editor/panel/evidence-inputs";
import { PanelSection } from "@/components/editor/panel/panel-section";
import { applyEvidenceChange, type EvidenceTarget } from "./apply-evidence-change";
import { describeClusterSaveError } from "./describe-cluster-save-error";

type ClusterEvidenceSectionProps = {
  evidence: readonly ClusterEvidenceDTO[];
  canEdit: boolean;
  busy: boolean;
  // Saves the whole list; answers null, or what went wrong.
  onSave: (evidence: EvidenceInput[]) => Promise<{ error: unknown } | null>;
};

// The cluster's own sources, with the claim panel's form and rows. Unlike the
// panel (which saves in the background), a form here closes only once the
// save succeeded: on a 409 the list is re-read underneath while what the
// person typed stays in the form, to be saved again onto the current list.
export function ClusterEvidenceSection({ evidence, canEdit, busy, onSave }: ClusterEvidenceSectionProps) {
  const [opened, setEditing] = useState<EvidenceTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const addRef = useRef<HTMLButtonElement>(null);
  const full = evidence.length >= EVIDENCE_MAX;
  // An item a colleague removed while it was being edited closes its form.
  const editing = opened?.kind === "edit" && !evidence.some((e) => e.id === opened.id) ? null : opened;

  function close() {
    setEditing(null);
    setError(null);
    requestAnimationFrame(() => addRef.current?.focus());
  }

  async function save(target: EvidenceTarget, item: EvidenceInput | null, done: string) {
    setError(null);
    const failed = await onSave(applyEvidenceChange(evidence, target, item));
    if (failed) {
      setError(describeClusterSaveError(failed.error, { kept: item !== null }));
      return;
    }
    setAnnouncement(done);
    close();
  }

  if (!canEdit && evidence.length === 0) return null;
  return (
    <PanelSection
      title="Evidence"
      action={
        canEdit && editing === null && !full ? (
          <Button ref={addRef} variant="outline" size="sm" className="h-7 px-2 text-xs" disabled={busy} onClick={() => setEditing({ kind: "add" })}>
            <PlusIcon aria-hidden="true" className="size-3.5" />
            Add evidence
          </Button>
        ) : null
      }
    >
      {error ? (
        <p role="alert" className="text-sm text-destructive" data-testid="cluster-evidence-error">
          {error}
        </p>
      ) : null}
      {evidence.length > 0 ? (
        <ul className="space-y-2" aria-label="Cluster evidence">
          {evidence.map((item) =>
            editing?.kind === "edit" && editing.id === item.id ? (
              <li key={item.id}>
                <EvidenceForm
                  initial={toEvidenceInput(item)}
                  submitLabel="Save evidence"
                  onSubmit={(changed) => void save({ kind: "edit", id: item.id }, changed, "Evidence updated.")}
                  onCancel={close}
                />
              </li>
            ) : (
              <EvidenceItem
                key={item.id}
                item={item}
                onEdit={canEdit && editing === null && !busy ? () => setEditing({ kind: "edit", id: item.id }) : undefined}
                onRemove={canEdit && editing === null && !busy ? () => void save({ kind: "remove", id: item.id }, null, "Evidence removed.") : undefined}
              />
            ),
          )}
        </ul>
      ) : editing === null ? (
        <p className="text-sm text-muted-foreground">No evidence yet.</p>
      ) : null}
      {editing?.kind === "add" ? (
        <EvidenceForm submitLabel="Add evidence" onSubmit={(item) => void save({ kind: "add" }, item, "Evidence added.")} onCancel={close} />
      ) : null}
      {full ? <p className="text-xs text-muted-foreground">A cluster can have at most {EVIDENCE_MAX} evidence items.</p> : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </PanelSection>
  );
}
