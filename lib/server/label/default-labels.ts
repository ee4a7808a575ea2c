import type { LabelKind } from "@/lib/generated/prisma/enums";

export type DefaultLabel = {
  kind: LabelKind;
  key: string;
  name: string;
  color: string;
  description: string;
  rating?: number;
  hotkey?: string;
};

// A new project's label schema. Statuses carry a 1-5 rating (5 = true) used
// as ClaimReview's numeric scale; "unverified", "in progress" and
// "unverifiable" are not verdicts and have none.
export const defaultLabels: readonly DefaultLabel[] = [
  { kind: "CLAIM_TYPE", key: "factual", name: "Factual statement", color: "#2563eb", description: "A checkable statement of fact." },
  { kind: "CLAIM_TYPE", key: "statistical", name: "Statistic", color: "#7c3aed", description: "A number, amount or trend." },
  { kind: "CLAIM_TYPE", key: "quote", name: "Attributed quote", color: "#0891b2", description: "Words attributed to a person or body." },
  { kind: "CLAIM_TYPE", key: "event", name: "Event", color: "#0d9488", description: "Something that happened: who, what, where, when." },
  { kind: "CLAIM_TYPE", key: "causal", name: "Causal", color: "#c2410c", description: "X caused or led to Y." },
  { kind: "CLAIM_TYPE", key: "prediction", name: "Prediction", color: "#a16207", description: "A claim about the future." },
  { kind: "CLAIM_TYPE", key: "opinion", name: "Opinion / assessment", color: "#64748b", description: "A judgement; usually not checkable." },

  { kind: "ENTITY_TYPE", key: "person", name: "Person", color: "#db2777", description: "", hotkey: "1" },
  { kind: "ENTITY_TYPE", key: "organization", name: "Organization", color: "#9333ea", description: "", hotkey: "2" },
  { kind: "ENTITY_TYPE", key: "location", name: "Location", color: "#059669", description: "", hotkey: "3" },
  { kind: "ENTITY_TYPE", key: "event", name: "Event", color: "#ea580c", description: "", hotkey: "4" },
  { kind: "ENTITY_TYPE", key: "date", name: "Date / time", color: "#0284c7", description: "", hotkey: "5" },
  { kind: "ENTITY_TYPE", key: "quantity", name: "Quantity", color: "#ca8a04", description: "", hotkey: "6" },
  { kind: "ENTITY_TYPE", key: "other", name: "Other", color: "#475569", description: "", hotkey: "7" },

  { kind: "VERIFICATION_STATUS", key: "unverified", name: "Unverified", color: "#64748b", description: "Not yet checked." },
  { kind: "VERIFICATION_STATUS", key: "in_progress", name: "In progress", color: "#0284c7", description: "Being checked." },
  { kind: "VERIFICATION_STATUS", key: "true", name: "True", color: "#15803d", description: "Accurate.", rating: 5 },
  { kind: "VERIFICATION_STATUS", key: "mostly_true", name: "Mostly true", color: "#65a30d", description: "Accurate but needs clarification.", rating: 4 },
  { kind: "VERIFICATION_STATUS", key: "mixed", name: "Mixed", color: "#ca8a04", description: "Partly accurate, partly not.", rating: 3 },
  { kind: "VERIFICATION_STATUS", key: "misleading", name: "Misleading", color: "#ea580c", description: "Accurate elements, misleading overall.", rating: 2 },
  { kind: "VERIFICATION_STATUS", key: "false", name: "False", color: "#dc2626", description: "Inaccurate.", rating: 1 },
  { kind: "VERIFICATION_STATUS", key: "unverifiable", name: "Unverifiable", color: "#78716c", description: "Cannot be checked with available evidence." },
];
