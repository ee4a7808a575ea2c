import type { MemberConflict } from "@/lib/clusters/compare/member-conflict";
import { entityNamesMatch } from "@/lib/clusters/compare/entity-names-match";
import type { EntityMention } from "@/lib/clusters/compare/extract-entities";
import { findChangedRegions } from "@/lib/clusters/compare/find-changed-regions";
import type { MemberFacts } from "@/lib/clusters/compare/read-member-facts";
import type { Word } from "@/lib/clusters/compare/split-words";
import type { AlignedRun } from "@/lib/clusters/compare/align-words";
import { alignmentSimilarity } from "@/lib/clusters/compare/alignment-similarity";

// Beyond this many words a changed region is a rewording, not one name put
// in place of another.
const MAX_REGION_WORDS = 4;
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

// Names two members disagree on: where their wording lines up word for word
// and one name stands in the other's place ("in Quetta" / "in Karachi", "met
// Sandhu" / "met Rauf"). Names only one member mentions are extra detail, not
// a contradiction, and neither is a short form ("Zaheer" / "Naji Zaheer") or
// a name the other member mentions elsewhere.
export function findEntitySubstitutions(a: MemberFacts, b: MemberFacts, alignment: readonly AlignedRun[]): MemberConflict[] {
  const conflicts: MemberConflict[] = [];
  if (alignmentSimilarity(alignment) < MIN_SIMILARITY) return [];
  const mentionedIn = (entity: EntityMention, other: MemberFacts) => other.entities.some((candidate) => entityNamesMatch(entity, candidate));
  for (const region of findChangedRegions(alignment)) {
    if (region.a.length > MAX_REGION_WORDS || region.b.length > MAX_REGION_WORDS) continue;
    // Only a swap between shared words shows that both name the same slot.
    if (!region.before || !region.after) continue;
    for (const left of within(region.a, a.entities)) {
      for (const right of within(region.b, b.entities)) {
        if (entityNamesMatch(left, right) || mentionedIn(left, b) || mentionedIn(right, a)) continue;
        if (left.type !== "other" && right.type !== "other" && left.type !== right.type) continue;
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
