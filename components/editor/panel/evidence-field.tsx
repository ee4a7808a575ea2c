"use client";

import { useRef, useState } from "react";
import { PlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { EvidenceDTO } from "@/lib/annotations/annotation-dto";
import { EVIDENCE_MAX } from "@/lib/validations/annotation";
import { EvidenceForm } from "@/components/editor/panel/evidence-form";
import { EvidenceItem } from "@/components/editor/panel/evidence-item";
import { replaceEvidenceAt, toEvidenceInput } from "@/components/editor/panel/evidence-inputs";
import type { EvidenceInput } from "@/components/editor/panel/evidence-inputs";
import { PanelSection } from "@/components/editor/panel/panel-section";

type EvidenceFieldProps = { evidence: readonly EvidenceDTO[]; onChange: (evidence: EvidenceInput[]) => void };

// Sources for and against the claim. Every change sends the whole list (the
// API replaces it); existing items keep their id so their rows are updated.
export function EvidenceField({ evidence, onChange }: EvidenceFieldProps) {
  // Which item is being edited; evidence.length means "adding a new one".
  const [editing, setEditing] = useState<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const full = evidence.length >= EVIDENCE_MAX;

  function done() {
    setEditing(null);
    // Return focus to a control that still exists once the form closes.
    requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <PanelSection
      title="Evidence"
      action={
        editing === null && !full ? (
          <Button ref={addRef} variant="outline" size="sm" className="h-7 px-2 text-xs" onClick={() => setEditing(evidence.length)}>
            <PlusIcon aria-hidden="true" className="size-3.5" />
            Add evidence
          </Button>
        ) : null
      }
    >
      {evidence.length > 0 ? (
        <ul className="space-y-2" aria-label="Evidence">
          {evidence.map((item, index) =>
            editing === index ? (
              <li key={`${item.id}-${index}`}>
                <EvidenceForm
                  initial={toEvidenceInput(item)}
                  submitLabel="Save evidence"
                  onSubmit={(changed) => {
                    onChange(replaceEvidenceAt(evidence, index, changed));
                    setAnnouncement("Evidence updated.");
                    done();
                  }}
                  onCancel={done}
                />
              </li>
            ) : (
              <EvidenceItem
                key={`${item.id}-${index}`}
                item={item}
                onEdit={editing === null ? () => setEditing(index) : undefined}
                onRemove={
                  editing === null
                    ? () => {
                        onChange(replaceEvidenceAt(evidence, index, null));
                        setAnnouncement("Evidence removed.");
                        done();
                      }
                    : undefined
                }
              />
            ),
          )}
        </ul>
      ) : editing === null ? (
        <p className="text-sm text-muted-foreground">No evidence yet.</p>
      ) : null}
      {editing === evidence.length ? (
        <EvidenceForm
          submitLabel="Add evidence"
          onSubmit={(item) => {
            onChange(replaceEvidenceAt(evidence, evidence.length, item));
            setAnnouncement("Evidence added.");
            done();
          }}
          onCancel={done}
        />
      ) : null}
      {full ? <p className="text-xs text-muted-foreground">A claim can have at most {EVIDENCE_MAX} evidence items.</p> : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </PanelSection>
  );
}
