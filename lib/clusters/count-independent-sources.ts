import type { ComparedMember, IndependentSources } from "@/lib/clusters/cluster-difference";

// Placeholder signature; near-duplicate detection lands with the language work.
export function countIndependentSources(members: readonly ComparedMember[]): IndependentSources {
  const groups = members.map((member) => [member.memberId]);
  return { count: groups.length, groups };
}
