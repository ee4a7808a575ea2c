import type { EvidenceStanceDTO } from "@/lib/annotations/annotation-dto";

export const evidenceStances: readonly EvidenceStanceDTO[] = ["SUPPORTS", "REFUTES", "CONTEXT"];

// Badge variants carry the meaning in colour; the name always carries it in text.
export const evidenceStanceLabels: Record<EvidenceStanceDTO, { name: string; variant: "success" | "destructive" | "info" }> = {
  SUPPORTS: { name: "Supports", variant: "success" },
  REFUTES: { name: "Refutes", variant: "destructive" },
  CONTEXT: { name: "Context", variant: "info" },
};
