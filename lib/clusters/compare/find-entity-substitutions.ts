import type { MemberConflict } from "@/lib/clusters/compare/member-conflict";
import { entityNamesMatch } from "@/lib/clusters/compare/entity-names-match";
import type { EntityMention } from "@/lib/clusters/compare/extract-entities";
import { type ChangedRegion, findChangedRegions } from "@/lib/clusters/compare/find-changed-regions";
import type { MemberFacts } from "@/lib/clusters/compare/read-member-facts";
import type { Word } from "@/lib/clusters/compare/split-words";
import type { AlignedRun } from "@/lib/clusters/compare/align-words";
import { alignmentSimilarity } from "@/lib/clusters/compare/alignment-similarity";

// Beyond this many words other than names, a changed region is a rewording,
// not one name put in place of another.
const MAX_OTHER_WORDS = 3;
// Alignment shows a shared slot only when the members run largely parallel;
// between free paraphrases it pairs up unrelated words. Half the words in
// order is where the demo corpus's independent accounts of one fact stop.
const MIN_SIMILARITY = 0.5;

function within(words: readonly Word[], entities: readonly EntityMention[]): EntityMention[] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  return entities.filter((entity) => entity.start < last.end && first.start < entity.end);
}

function otherWords(words: readonly Word[], names: readonly EntityMention[]): number {
  return words.filter((word) => !names.some((name) => name.start <= word.start && word.end <= name.end)).length;
}

// The region sits between shared words, or at one end of both texts next to
// at least two shared words: then both members fill the same slot.
function anchored(region: ChangedRegion): boolean {
  if (region.before && region.after) return true;
  const neighbour = region.before ?? region.after;
  return neighbour !== null && neighbour.a.length >= 2;
}

// Names two members disagree on: where their wording lines up word for word
// and one name stands in the other's place ("in Quetta" / "in Karachi", "met
// Sandhu" / "met Rauf"). Names only one member mentions are extra detail, not
// a contradiction, and neither is a short form ("Zaheer" / "Naji Zaheer") or
// a name the other member mentions elsewhere. When a name faces several, one
// of the same kind (person, place, organisation) is preferred.
export function findEntitySubstitutions(a: MemberFacts, b: MemberFacts, alignment: readonly AlignedRun[]): MemberConflict[] {
  if (alignmentSimilarity(alignment) < MIN_SIMILARITY) return [];
  const conflicts: MemberConflict[] = [];
  const mentionedIn = (entity: EntityMention, other: MemberFacts) => other.entities.some((candidate) => entityNamesMatch(entity, candidate));
  for (const region of findChangedRegions(alignment)) {
    if (!anchored(region)) continue;
    const lefts = within(region.a, a.entities).filter((entity) => !mentionedIn(entity, b));
    const rights = within(region.b, b.entities).filter((entity) => !mentionedIn(entity, a));
    if (otherWords(region.a, lefts) > MAX_OTHER_WORDS || otherWords(region.b, rights) > MAX_OTHER_WORDS) continue;
    for (const left of lefts) {
      const compatible = rights.filter((right) => left.type === "other" || right.type === "other" || left.type === right.type);
      const sameKind = compatible.filter((right) => right.type !== "other" && right.type === left.type);
      for (const right of sameKind.length > 0 ? sameKind : compatible) {
        conflicts.push({
          kind: "entity",
          a: { memberId: a.member.memberId, words: left.words, start: left.start, end: left.end, value: left.parts.join(" ") },
          b: { memberId: b.member.memberId, words: right.words, start: right.start, end: right.end, value: right.parts.join(" ") },
        });
      }
    }
  }
  return conflicts;
}
