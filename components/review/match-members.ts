import type { MentionableMember } from "@/lib/review/review-dto";

// Members whose name (any word of it) or email starts with the query, name
// matches first; at most `limit`. Case-insensitive. Pure.
export function matchMembers(members: readonly MentionableMember[], query: string, limit = 6): MentionableMember[] {
  const q = query.toLowerCase();
  const byName = members.filter((m) => m.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || m.name.toLowerCase().startsWith(q));
  const byEmail = members.filter((m) => !byName.includes(m) && m.email.toLowerCase().startsWith(q));
  return [...byName, ...byEmail].slice(0, limit);
}
