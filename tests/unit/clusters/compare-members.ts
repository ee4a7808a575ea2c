import type { ClusterDifference, ComparedMember } from "@/lib/clusters/cluster-difference";

// Test helpers: a member from its words (its own article unless told), and a
// difference reduced to what the tests state by hand.
export function member(memberId: string, text: string, articleId = `article-${memberId}`): ComparedMember {
  return { memberId, articleId, text, publishedAt: null };
}

export function summarise(differences: readonly ClusterDifference[]) {
  return differences.map((difference) => ({
    kind: difference.kind,
    sides: difference.sides.map((side) => `${side.memberId}:${side.words}`),
  }));
}
