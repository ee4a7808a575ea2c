import type { ClusterHistoryEntry } from "./cluster-requests";
import { stanceLabels } from "./stance-labels";
import type { ClusterStance } from "@/lib/clusters/cluster-dto";

const phrases: Record<string, string> = {
  "cluster.create": "started the cluster",
  "cluster.update": "edited the cluster",
  "cluster.delete": "deleted the cluster",
  "cluster.restore": "restored the cluster",
  "cluster.member.add": "linked a claim",
  "cluster.member.update": "changed a member",
  "cluster.member.remove": "unlinked a claim",
  "cluster.member.review": "reviewed a link",
  "cluster.verdict.apply": "applied the verdict to the members",
  "cluster.comment.create": "commented",
};

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

// An audit row as a phrase: "linked a claim (states it)", "changed a member:
// corroborates → contradicts". Unknown actions read as their name.
export function describeClusterChange(entry: ClusterHistoryEntry): string {
  const phrase = phrases[entry.action] ?? entry.action.replace(/[._]/g, " ");
  const before = field(entry.before, "stance") ?? field(entry.before, "relation");
  const after = field(entry.after, "stance") ?? field(entry.after, "relation");
  const label = (s: unknown) => (typeof s === "string" && s in stanceLabels ? stanceLabels[s as ClusterStance].toLowerCase() : null);
  if (entry.action === "cluster.member.update" && label(before) && label(after) && before !== after) return `${phrase}: ${label(before)} → ${label(after)}`;
  if (entry.action === "cluster.member.add" && label(after)) return `${phrase} (${label(after)})`;
  const decision = field(entry.after, "reviewState");
  if (entry.action === "cluster.member.review" && typeof decision === "string") return `${phrase}: ${decision.toLowerCase()}`;
  return phrase;
}
