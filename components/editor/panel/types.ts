import type { AnnotationDTO, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";

export type LabelOption = { id: string; key: string; name: string; color: string; rating: number | null; hotkey: string | null };
export type PanelLabels = { claimTypes: LabelOption[]; statuses: LabelOption[]; entityTypes: LabelOption[] };
export type SaveState = { status: "idle" | "saving" | "saved" | "failed"; error?: string; retry?: () => void };
export type AnnotationPanelProps = {
  annotation: AnnotationDTO; // current local (optimistic) state
  articleText: string; // canonical text
  mentionsInside: AnnotationDTO[]; // ENTITY_MENTION annotations inside this claim's span
  labels: PanelLabels;
  projectSlug: string;
  canEdit: boolean;
  // Confirming a verdict after the text changed is a reviewer/owner action on
  // the server; optional so callers that only know canEdit keep compiling.
  canConfirmVerdict?: boolean;
  saveState: SaveState;
  onChange: (patch: Omit<UpdateAnnotationInput, "version">) => void; // the core debounces, queues and saves
  onClose: () => void;
  onDelete: () => void;
  // The claim's cluster section: whether this person may link claims, and
  // how to open "Link to cluster" (L). Optional so other callers compile.
  canLinkCluster?: boolean;
  onOpenLinkDialog?: () => void;
};
