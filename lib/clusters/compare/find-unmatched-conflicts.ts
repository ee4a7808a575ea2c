import type { DifferenceKind } from "@/lib/clusters/cluster-difference";
import type { MemberConflict } from "@/lib/clusters/compare/member-conflict";
import type { TextSpan } from "@/lib/clusters/compare/text-token";

type Rules<M> = {
  kind: DifferenceKind;
  sameSlot: (a: M, b: M) => boolean;
  agree: (a: M, b: M) => boolean;
  value: (mention: M) => string;
};

// Conflicts between two members' mentions of one kind (dates, counts...).
// A mention that agrees with some mention in the other member is settled;
// only mentions both members leave unsettled, about the same slot, conflict.
// So a member that states an extra date (or omits one) is no contradiction,
// and neither is a long member that repeats the other's date among others.
export function findUnmatchedConflicts<M extends TextSpan>(
  memberA: string,
  mentionsA: readonly M[],
  memberB: string,
  mentionsB: readonly M[],
  rules: Rules<M>,
): MemberConflict[] {
  const settled = (mention: M, others: readonly M[]) =>
    others.some((other) => rules.sameSlot(mention, other) && rules.agree(mention, other));
  const openA = mentionsA.filter((mention) => !settled(mention, mentionsB));
  const openB = mentionsB.filter((mention) => !settled(mention, mentionsA));
  const conflicts: MemberConflict[] = [];
  for (const a of openA) {
    for (const b of openB) {
      if (!rules.sameSlot(a, b)) continue;
      conflicts.push({
        kind: rules.kind,
        a: { memberId: memberA, words: a.words, start: a.start, end: a.end, value: rules.value(a) },
        b: { memberId: memberB, words: b.words, start: b.start, end: b.end, value: rules.value(b) },
      });
    }
  }
  return conflicts;
}
