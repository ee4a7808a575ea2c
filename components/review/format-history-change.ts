import type { FieldChange } from "@/lib/review/review-dto";
import type { PanelLabels } from "@/components/editor/panel/types";
import { reviewStateLabels } from "./review-labels";

const fieldNames: Record<string, string> = {
  exact: "Text",
  start: "Start",
  end: "End",
  revision: "Article revision",
  anchorState: "Placement",
  claimTypeId: "Claim type",
  statusId: "Verification status",
  checkWorthiness: "Check-worthiness",
  confidence: "Confidence",
  textChangedAfterVerdict: "Text changed after verdict",
  entities: "Linked entities",
  evidence: "Evidence",
  entityId: "Entity",
  entityTypeId: "Entity type",
  note: "Note",
  reviewState: "Review state",
  isGold: "Gold",
  deletedAt: "Deleted",
};

// Quote context moves with the span and says nothing on its own.
const HIDDEN = new Set(["prefix", "suffix"]);

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

function formatValue(field: string, value: unknown, labels: PanelLabels): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field.endsWith("TypeId") || field === "statusId") {
    const label = [...labels.claimTypes, ...labels.statuses, ...labels.entityTypes].find((l) => l.id === value);
    return label?.name ?? "(a removed label)";
  }
  if (field === "reviewState" && typeof value === "string" && value in reviewStateLabels) {
    return reviewStateLabels[value as keyof typeof reviewStateLabels];
  }
  if (field === "confidence" && typeof value === "number") return `${Math.round(value * 100)}%`;
  if (field === "deletedAt") return "yes";
  if (field === "entities" && Array.isArray(value)) return plural(value.length, "entity link");
  if (field === "evidence" && Array.isArray(value)) {
    const titles = value.map((item: { title?: string; url?: string }) => item.title || item.url || "").filter(Boolean);
    return titles.length > 0 ? titles.join("; ") : plural(value.length, "item");
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  return JSON.stringify(value);
}

export type FormattedChange = { field: string; name: string; before: string; after: string };

// A history change as people read it: field names in words, label ids as
// label names, lists summarised. Pure.
export function formatHistoryChanges(changes: FieldChange[], labels: PanelLabels): FormattedChange[] {
  return changes
    .filter((c) => !HIDDEN.has(c.field))
    .map((c) => ({ field: c.field, name: fieldNames[c.field] ?? c.field, before: formatValue(c.field, c.before, labels), after: formatValue(c.field, c.after, labels) }));
}
