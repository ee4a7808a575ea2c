import type { LabelRef } from "@/lib/import/annotations/types";
import type { LabelKindDTO, LabelMappingChoice } from "./annotation-import-types";
import type { ContextLabel } from "./load-import-context";
import { labelMapKey } from "./label-map-key";

export type ResolvedLabel = { kind: LabelKindDTO; labelId: string } | { untypedClaim: true } | { unknown: string } | { skip: true };

/**
 * A label as the file names it → a label of the project. The user's mapping
 * wins; otherwise the key, then the name (case-insensitive), within the
 * namespace. Single-namespace span labels (Label Studio, doccano) are tried
 * as entity types first, then claim types; Claimdesk's own span labels
 * "claim", "claim-<type>" are read as the exporter wrote them (span-label.ts).
 * A label mapped to "create" resolves to the placeholder id "new:<key>".
 */
export function resolveLabelRef(ref: LabelRef, labels: readonly ContextLabel[], mapping: Readonly<Record<string, LabelMappingChoice>>): ResolvedLabel {
  const key = labelMapKey(ref);
  const choice = mapping[key];
  if (choice && "skip" in choice) return { skip: true };
  if (choice && "create" in choice) return { kind: choice.create.kind, labelId: `new:${key}` };
  if (choice && "labelId" in choice) {
    const label = labels.find((l) => l.id === choice.labelId);
    if (label) return { kind: label.kind, labelId: label.id };
  }
  const find = (kind: LabelKindDTO, value: string) =>
    labels.find((l) => l.kind === kind && l.key === value) ?? labels.find((l) => l.kind === kind && l.name.toLowerCase() === value.toLowerCase());
  if (ref.namespace) {
    const label = find(ref.namespace, ref.value);
    return label ? { kind: label.kind, labelId: label.id } : { unknown: key };
  }
  if (ref.value === "claim") return { untypedClaim: true };
  const claimType = /^claim-(.+)$/.exec(ref.value)?.[1];
  const label = claimType ? find("CLAIM_TYPE", claimType) : (find("ENTITY_TYPE", ref.value) ?? find("CLAIM_TYPE", ref.value));
  return label ? { kind: label.kind, labelId: label.id } : { unknown: key };
}
