import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { applyPatch } from "./apply-patch";
import type { AnnotationPatch } from "./types";

export type ConflictLine = { field: string; theirs: string; mine: string };

const fieldNames: Partial<Record<keyof AnnotationPatch, string>> = {
  claimTypeId: "Claim type",
  statusId: "Status",
  checkWorthiness: "Check-worthiness",
  confidence: "Confidence",
  entityId: "Entity",
  entityTypeId: "Entity type",
  note: "Note",
  summary: "Summary",
  verdictExplanation: "Verdict explanation",
  entities: "Linked entities",
  evidence: "Evidence",
  start: "Span",
  textChangedAfterVerdict: "Text changed after verdict",
};

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

function show(annotation: AnnotationDTO, field: keyof AnnotationPatch, labels: PanelLabels): string {
  const labelName = (list: PanelLabels[keyof PanelLabels], id: string | null) => (id === null ? "none" : (list.find((l) => l.id === id)?.name ?? "unknown"));
  switch (field) {
    case "claimTypeId":
      return labelName(labels.claimTypes, annotation.claimTypeId);
    case "statusId":
      return labelName(labels.statuses, annotation.statusId);
    case "entityTypeId":
      return labelName(labels.entityTypes, annotation.entityTypeId);
    case "checkWorthiness":
      return annotation.checkWorthiness === null ? "none" : `${annotation.checkWorthiness} of 5`;
    case "confidence":
      return annotation.confidence === null ? "none" : `${Math.round(annotation.confidence * 100)}%`;
    case "note":
      return annotation.note === "" ? "(empty)" : `“${clip(annotation.note)}”`;
    case "entities":
      return `${annotation.entities.length} linked`;
    case "evidence":
      return annotation.evidence.length === 0 ? "none" : annotation.evidence.map((e) => e.title || e.url).join(", ");
    case "start":
      return `“${clip(annotation.exact)}”`;
    case "entityId":
      return annotation.entityId === null ? "none" : "an entity";
    default:
      return String(annotation[field as keyof AnnotationDTO]);
  }
}

/**
 * What a conflict is about, field by field: the stored value that won and
 * the person's unsaved one, in words, so they can choose knowingly.
 */
export function describeConflict(current: AnnotationDTO, mine: AnnotationPatch, labels: PanelLabels): ConflictLine[] {
  const withMine = applyPatch(current, mine);
  const lines: ConflictLine[] = [];
  for (const key of Object.keys(mine) as Array<keyof AnnotationPatch>) {
    const field = fieldNames[key];
    if (!field) continue; // end/exact/prefix/suffix travel with start
    const theirs = show(current, key, labels);
    const yours = show(withMine, key, labels);
    if (theirs !== yours) lines.push({ field, theirs, mine: yours });
  }
  return lines;
}
