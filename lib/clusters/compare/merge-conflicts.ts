import type { ClusterDifference, DifferenceKind, DifferenceSide } from "@/lib/clusters/cluster-difference";
import type { ConflictSide, MemberConflict } from "@/lib/clusters/compare/member-conflict";

const LABELS: Record<DifferenceKind, string> = {
  date: "Dates differ",
  number: "Numbers differ",
  entity: "Names differ",
  other: "Wording differs",
};

function keyOf(kind: DifferenceKind, side: ConflictSide): string {
  return `${kind}\u0000${side.memberId}\u0000${side.start}\u0000${side.end}`;
}

// Pairwise conflicts become one difference per disputed fact: conflicts that
// share words in some member are joined (union-find), so "days before" in
// two outlets against "weeks prior" in a third is one difference with three
// sides, not two. Sides follow the members' order; the description names
// each distinct wording once.
export function mergeConflicts(conflicts: readonly MemberConflict[], memberOrder: readonly string[]): ClusterDifference[] {
  const parent = new Map<string, string>();
  const sides = new Map<string, { kind: DifferenceKind; side: ConflictSide }>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  for (const { kind, a, b } of conflicts) {
    const keyA = keyOf(kind, a);
    const keyB = keyOf(kind, b);
    for (const [key, side] of [[keyA, a], [keyB, b]] as const) {
      if (!parent.has(key)) parent.set(key, key);
      sides.set(key, { kind, side });
    }
    parent.set(find(keyA), find(keyB));
  }
  const groups = new Map<string, { kind: DifferenceKind; side: ConflictSide }[]>();
  for (const key of sides.keys()) {
    const root = find(key);
    const entry = sides.get(key);
    if (entry) groups.set(root, [...(groups.get(root) ?? []), entry]);
  }
  const rank = (memberId: string) => memberOrder.indexOf(memberId);
  const differences = [...groups.values()].map((entries) => {
    const kind = entries[0]?.kind ?? "other";
    const ordered = entries.map((entry) => entry.side).sort((x, y) => rank(x.memberId) - rank(y.memberId) || x.start - y.start);
    // One wording per distinct value: "12 people" and "twelve people" are one.
    const wordings = new Map<string, string>();
    for (const side of ordered) if (!wordings.has(side.value)) wordings.set(side.value, side.words.replace(/\s+/g, " "));
    const description = `${LABELS[kind]}: ${[...wordings.values()].map((w) => `'${w}'`).join(" vs ")}`;
    const sides: DifferenceSide[] = ordered.map(({ memberId, words, start, end }) => ({ memberId, words, start, end }));
    return { kind, description, sides };
  });
  const firstRank = (difference: ClusterDifference) => Math.min(...difference.sides.map((side) => rank(side.memberId) * 1e9 + side.start));
  return differences.sort((x, y) => firstRank(x) - firstRank(y));
}
