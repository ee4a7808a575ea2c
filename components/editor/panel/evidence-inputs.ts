import type { EvidenceDTO, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";

export type EvidenceInput = NonNullable<UpdateAnnotationInput["evidence"]>[number];

// The PATCH replaces the whole list: items keep their id so the server updates
// those rows instead of deleting and re-adding them. An empty id (an item the
// editor has not saved yet) is sent without one, as the API expects.
export function toEvidenceInput(item: EvidenceDTO | EvidenceInput): EvidenceInput {
  const { id, url, title, stance, note } = item;
  return id ? { id, url, title, stance, note } : { url, title, stance, note };
}

export function replaceEvidenceAt(list: readonly EvidenceDTO[], index: number, item: EvidenceInput | null): EvidenceInput[] {
  const inputs = list.map(toEvidenceInput);
  if (item === null) inputs.splice(index, 1);
  else if (index >= inputs.length) inputs.push(toEvidenceInput(item));
  else inputs[index] = toEvidenceInput({ ...item, id: inputs[index]?.id });
  return inputs;
}
