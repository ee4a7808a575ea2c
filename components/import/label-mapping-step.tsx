"use client";

import type { AnnotationImportPreview, LabelKindDTO, LabelMappingChoice, UnknownLabel } from "@/lib/server/annotation-import/annotation-import-types";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";

type Props = {
  preview: AnnotationImportPreview;
  mapping: Record<string, LabelMappingChoice>;
  onChange: (mapping: Record<string, LabelMappingChoice>) => void;
  onCheck: () => void;
  busy: boolean;
};

const kindNames: Record<LabelKindDTO, string> = { CLAIM_TYPE: "claim type", ENTITY_TYPE: "entity type", VERIFICATION_STATUS: "status" };

function kindsFor(label: UnknownLabel): LabelKindDTO[] {
  return label.namespace ? [label.namespace] : ["ENTITY_TYPE", "CLAIM_TYPE"];
}

// Labels the project does not know: map each to an existing label, create it
// (owners), or skip its spans. Choices are encoded in the select's value.
export function LabelMappingStep({ preview, mapping, onChange, onCheck, busy }: Props) {
  if (preview.unknownLabels.length === 0) return null;
  const encode = (choice: LabelMappingChoice | undefined) =>
    !choice ? "" : "skip" in choice ? "skip" : "create" in choice ? `create:${choice.create.kind}` : `label:${choice.labelId}`;
  const decode = (label: UnknownLabel, value: string): LabelMappingChoice | undefined => {
    if (value === "skip") return { skip: true };
    if (value.startsWith("create:")) return { create: { kind: value.slice(7) as LabelKindDTO, name: label.value } };
    if (value.startsWith("label:")) return { labelId: value.slice(6) };
    return undefined;
  };
  return (
    <section aria-labelledby="label-mapping-heading" className="space-y-3 rounded-lg border p-4">
      <h3 id="label-mapping-heading" className="text-sm font-semibold">Labels this project does not have</h3>
      <ul className="space-y-2">
        {preview.unknownLabels.map((label) => (
          <li key={label.key} className="flex flex-wrap items-center gap-3 text-sm">
            <span className="min-w-40 font-medium">“{label.value}”</span>
            <span className="text-xs text-muted-foreground">{label.count} {label.count === 1 ? "use" : "uses"}</span>
            <NativeSelect
              aria-label={`Map label ${label.value}`}
              value={encode(mapping[label.key])}
              onChange={(e) => {
                const choice = decode(label, e.target.value);
                const next = { ...mapping };
                if (choice) next[label.key] = choice;
                else delete next[label.key];
                onChange(next);
              }}
            >
              <option value="">Choose…</option>
              {kindsFor(label).map((kind) => (
                <optgroup key={kind} label={`Existing ${kindNames[kind]}`}>
                  {preview.labels.filter((l) => l.kind === kind).map((l) => <option key={l.id} value={`label:${l.id}`}>{l.name}</option>)}
                </optgroup>
              ))}
              {preview.canCreateLabels ? kindsFor(label).map((kind) => <option key={kind} value={`create:${kind}`}>Create new {kindNames[kind]} “{label.value}”</option>) : null}
              <option value="skip">Skip these spans</option>
            </NativeSelect>
          </li>
        ))}
      </ul>
      <Button size="sm" variant="outline" onClick={onCheck} disabled={busy}>Check the mapping</Button>
    </section>
  );
}
