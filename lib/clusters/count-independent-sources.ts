import type { ComparedMember, IndependentSources } from "@/lib/clusters/cluster-difference";
import { splitWords } from "@/lib/clusters/compare/split-words";
import { wordSimilarity } from "@/lib/clusters/compare/word-similarity";

// Members whose words, in order, are at least this similar (Dice over the
// longest common word subsequence) are one source copied: see
// docs/architecture.md, "Claims across articles: comparing members", for
// the figures behind the threshold.
export const SYNDICATED_SIMILARITY = 0.75;

// Groups cluster members into independent sources: members from the same
// article are one source, and so are members whose wording is near-identical
// (wire copy run by several outlets with a word or two changed). Grouping is
// transitive. Groups keep the members' order; `count` is the number of groups.
export function countIndependentSources(members: readonly ComparedMember[]): IndependentSources {
  const parent = members.map((_, index) => index);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const union = (i: number, j: number) => {
    const [x, y] = [find(i), find(j)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const words = members.map((member) => splitWords(member.text));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const sameArticle = members[i]?.articleId === members[j]?.articleId;
      if (sameArticle || wordSimilarity(words[i] ?? [], words[j] ?? []) >= SYNDICATED_SIMILARITY) union(i, j);
    }
  }
  const groups = new Map<number, string[]>();
  members.forEach((member, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), member.memberId]);
  });
  return { count: groups.size, groups: [...groups.values()] };
}
