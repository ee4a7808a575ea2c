import type { ClusterDifference, DifferenceKind, DifferenceSide } from "@/lib/clusters/cluster-difference";
import type { ConflictSide, MemberConflict } from "@/lib/clusters/compare/member-conflict";

const LABELS: Record<DifferenceKind, string> = {
  date: "Dates differ",
  number: "Numbers differ",
  entity: "Names differ",
  other: "Wording differs",
};

const quote = (words: string) => `'${words.replace(/\s+/g, " ")}'`;

// One wording per distinct value ("12 people" and "twelve people" are one).
function wordings(sides: readonly ConflictSide[]): string[] {
  const byValue = new Map<string, string>();
  for (const side of sides) if (!byValue.has(side.value)) byValue.set(side.value, quote(side.words));
  return [...byValue.values()];
}

// Names the camps of a disputed fact: when the conflicts split the sides in
// two (each side only disagrees with the other camp) the description reads
// "'January 2024', 'April 2024' vs '2023'"; otherwise every value is listed.
function describeCamps(entries: readonly { side: ConflictSide; key: string }[], opposite: ReadonlyMap<string, ReadonlySet<string>>): string {
  const camp = new Map<string, 0 | 1>();
  const first = entries[0];
  let twoCamps = first !== undefined;
  if (first) {
    camp.set(first.key, 0);
    const queue = [first.key];
    while (queue.length > 0) {
      const key = queue.shift() ?? "";
      for (const other of opposite.get(key) ?? []) {
        const expected = camp.get(key) === 0 ? 1 : 0;
        if (!camp.has(other)) {
          camp.set(other, expected);
          queue.push(other);
        } else if (camp.get(other) !== expected) twoCamps = false;
      }
    }
  }
  if (!twoCamps) return wordings(entries.map((entry) => entry.side)).join(" vs ");
  const sidesOf = (which: 0 | 1) => entries.filter((entry) => camp.get(entry.key) === which).map((entry) => entry.side);
  const [left, right] = [wordings(sidesOf(0)), wordings(sidesOf(1))];
  // Values found in both camps would make the split meaningless.
  if (left.some((words) => right.includes(words))) return wordings(entries.map((entry) => entry.side)).join(" vs ");
  return `${left.join(", ")} vs ${right.join(", ")}`;
}

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
  const opposite = new Map<string, Set<string>>();
  for (const { kind, a, b } of conflicts) {
    const keyA = keyOf(kind, a);
    const keyB = keyOf(kind, b);
    opposite.set(keyA, (opposite.get(keyA) ?? new Set()).add(keyB));
    opposite.set(keyB, (opposite.get(keyB) ?? new Set()).add(keyA));
    for (const [key, side] of [[keyA, a], [keyB, b]] as const) {
      if (!parent.has(key)) parent.set(key, key);
      sides.set(key, { kind, side });
    }
    parent.set(find(keyA), find(keyB));
  }
  const groups = new Map<string, { kind: DifferenceKind; side: ConflictSide; key: string }[]>();
  for (const [key, entry] of sides) {
    const root = find(key);
    groups.set(root, [...(groups.get(root) ?? []), { ...entry, key }]);
  }
  const rank = (memberId: string) => memberOrder.indexOf(memberId);
  const differences = [...groups.values()].map((entries) => {
    const kind = entries[0]?.kind ?? "other";
    const ordered = entries
      .map((entry) => entry.side)
      .sort((x, y) => rank(x.memberId) - rank(y.memberId) || x.start - y.start);
    const description = `${LABELS[kind]}: ${describeCamps(entries, opposite)}`;
    const sides: DifferenceSide[] = ordered.map(({ memberId, words, start, end }) => ({ memberId, words, start, end }));
    return { kind, description, sides };
  });
  const firstRank = (difference: ClusterDifference) => Math.min(...difference.sides.map((side) => rank(side.memberId) * 1e9 + side.start));
  return differences.sort((x, y) => firstRank(x) - firstRank(y));
}
