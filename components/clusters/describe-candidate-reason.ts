import type { ClusterCandidateReason } from "./cluster-requests";

export type ReasonView = { text: string; tone: "agree" | "conflict" | "neutral" };

const names: Record<string, string> = {
  words: "Shared words",
  "shared-words": "Shared words",
  sharedWords: "Shared words",
  entities: "Same names",
  entity: "Same names",
  "shared-entities": "Same names",
  sharedEntities: "Same names",
  date: "Same date",
  "matching-date": "Same date",
  "date-match": "Same date",
  "conflicting-date": "Different date",
  "date-conflict": "Different date",
  number: "Same number",
  "matching-number": "Same number",
  "number-match": "Same number",
  "conflicting-number": "Different number",
  "number-conflict": "Different number",
  cluster: "Already in a cluster",
  "in-cluster": "Already in a cluster",
  paraphrase: "Similar meaning",
  semantic: "Similar meaning",
};

// One reason a candidate was suggested, as a short phrase for people:
// "Shared words: raid, Gujranwala", "Different date: Monday ≠ Tuesday".
// Reasons are whatever the scorer sends (a phrase or { kind, words/detail }),
// so unknown kinds still read as something rather than "[object Object]".
export function describeCandidateReason(reason: ClusterCandidateReason): ReasonView {
  if (typeof reason === "string") return { text: reason, tone: /conflict|differ/i.test(reason) ? "conflict" : "neutral" };
  const kind = String(reason.kind ?? "");
  const label = names[kind] ?? humanize(kind);
  const tone = /conflict|differ|mismatch/i.test(kind) || reason.conflict === true ? "conflict" : /match|shared|same|words|entit|date|number|paraphrase|semantic/i.test(kind) ? "agree" : "neutral";
  const words = listOf(reason.words) ?? listOf(reason.values) ?? listOf(reason.entities) ?? listOf(reason.terms);
  const detail = typeof reason.detail === "string" && reason.detail !== "" ? reason.detail : typeof reason.label === "string" ? reason.label : null;
  const pair = typeof reason.ours === "string" && typeof reason.theirs === "string" ? `${reason.ours} ≠ ${reason.theirs}` : null;
  const tail = pair ?? detail ?? (words ? words.join(", ") : null);
  return { text: tail ? `${label}: ${tail}` : label, tone };
}

function listOf(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map((v) => (typeof v === "string" ? v : typeof v === "object" && v !== null && "text" in v ? String((v as { text: unknown }).text) : null)).filter((v): v is string => v !== null);
  return items.length > 0 ? items.slice(0, 6) : null;
}

function humanize(kind: string): string {
  if (kind === "") return "Similar";
  const spaced = kind.replace(/[-_]/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
