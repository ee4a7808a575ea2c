import type { ClusterEvidenceDTO } from "@/lib/clusters/cluster-dto";
import { toEvidenceInput, type EvidenceInput } from "@/components/editor/panel/evidence-inputs";

// Which item a change is about. Edits and removals name the item by id, not
// by position, so a change made again after a 409 (the list re-read with a
// colleague's edits) still lands on the right item.
export type EvidenceTarget = { kind: "add" } | { kind: "edit"; id: string } | { kind: "remove"; id: string };

// The whole list to send (the PATCH replaces it; kept items keep their id).
// An edit of an item someone else removed meanwhile is added back as new
// rather than lost; removing an item that is already gone changes nothing.
export function applyEvidenceChange(list: readonly ClusterEvidenceDTO[], target: EvidenceTarget, item: EvidenceInput | null): EvidenceInput[] {
  const inputs = list.map(toEvidenceInput);
  if (target.kind === "remove") return inputs.filter((e) => e.id !== target.id);
  if (!item) return inputs;
  const fields = { url: item.url, title: item.title, stance: item.stance, note: item.note };
  if (target.kind === "edit") {
    const at = inputs.findIndex((e) => e.id === target.id);
    if (at >= 0) {
      inputs[at] = { ...fields, id: target.id };
      return inputs;
    }
  }
  inputs.push(fields);
  return inputs;
}
