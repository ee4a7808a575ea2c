import type { ClusterDifference, ComparedMember } from "@/lib/clusters/cluster-difference";
import { alignWords } from "@/lib/clusters/compare/align-words";
import { datesAgree } from "@/lib/clusters/compare/dates-agree";
import type { DateMention } from "@/lib/clusters/compare/extract-dates";
import type { QuantityMention } from "@/lib/clusters/compare/extract-quantities";
import type { RelativeTimeMention } from "@/lib/clusters/compare/extract-relative-times";
import { findEntitySubstitutions } from "@/lib/clusters/compare/find-entity-substitutions";
import { findNegationFlips } from "@/lib/clusters/compare/find-negation-flips";
import { findUnmatchedConflicts } from "@/lib/clusters/compare/find-unmatched-conflicts";
import type { MemberConflict } from "@/lib/clusters/compare/member-conflict";
import { mergeConflicts } from "@/lib/clusters/compare/merge-conflicts";
import { quantitiesAgree, sameCountedThing } from "@/lib/clusters/compare/quantities-agree";
import { type MemberFacts, readMemberFacts } from "@/lib/clusters/compare/read-member-facts";
import { relativeTimesAgree } from "@/lib/clusters/compare/relative-times-agree";

const anySlot = () => true;
const dateValue = (d: DateMention) => [d.year, d.month, d.dayFrom, d.dayTo, d.weekday].join("/");
const relativeTimeValue = (t: RelativeTimeMention) => `${t.direction} ${t.hours?.min ?? "?"}-${t.hours?.max ?? "?"}`;
const quantityValue = (q: QuantityMention) => `${q.min}-${q.max} ${q.noun ?? ""}`;

function compareMembers(a: MemberFacts, b: MemberFacts): MemberConflict[] {
  const idA = a.member.memberId;
  const idB = b.member.memberId;
  // One word alignment per pair serves both checks that need it.
  const alignment = alignWords(a.words, b.words);
  return [
    ...findUnmatchedConflicts(idA, a.dates, idB, b.dates, { kind: "date", sameSlot: anySlot, agree: datesAgree, value: dateValue }),
    ...findUnmatchedConflicts(idA, a.relativeTimes, idB, b.relativeTimes, { kind: "date", sameSlot: anySlot, agree: relativeTimesAgree, value: relativeTimeValue }),
    ...findUnmatchedConflicts(idA, a.quantities, idB, b.quantities, { kind: "number", sameSlot: sameCountedThing, agree: quantitiesAgree, value: quantityValue }),
    ...findEntitySubstitutions(a, b, alignment),
    ...findNegationFlips(a, b, alignment),
  ];
}

// The facts cluster members disagree on. Every pair of members is compared;
// a difference is flagged only where both members state the same kind of
// fact (a date, a relative time, a count of the same thing, a name in the
// same place) and nothing in one agrees with the other's. A member that
// leaves a detail out contradicts nothing. See docs/architecture.md, "Claims
// across articles: comparing members".
export function findClusterDifferences(members: readonly ComparedMember[]): ClusterDifference[] {
  const facts = members.map(readMemberFacts);
  const conflicts: MemberConflict[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a && b) conflicts.push(...compareMembers(a, b));
    }
  }
  return mergeConflicts(
    conflicts,
    members.map((member) => member.memberId),
  );
}
