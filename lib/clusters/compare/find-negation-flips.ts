import type { MemberConflict } from "@/lib/clusters/compare/member-conflict";
import { findChangedRegions } from "@/lib/clusters/compare/find-changed-regions";
import type { MemberFacts } from "@/lib/clusters/compare/read-member-facts";
import type { Word } from "@/lib/clusters/compare/split-words";
import type { AlignedRun } from "@/lib/clusters/compare/align-words";
import { alignmentSimilarity } from "@/lib/clusters/compare/alignment-similarity";

// Negative particles, and verbs that carry the negation themselves: "said it
// would not comment" and "declined to comment" say the same.
const NEGATIONS = new Set([
  ...["not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "without", "cannot"],
  ...["didnt", "doesnt", "dont", "wasnt", "werent", "isnt", "arent", "hasnt", "havent", "hadnt", "cant", "wont", "wouldnt", "couldnt", "shouldnt"],
  ...["deny", "denies", "denied", "decline", "declines", "declined", "refuse", "refuses", "refused", "reject", "rejects", "rejected", "fail", "fails", "failed"],
]);
// Negation only reads as a contradiction where the members otherwise say the
// same thing in mostly the same words.
const MIN_SIMILARITY = 0.5;

function negations(words: readonly Word[]): string[] {
  return words.filter((word) => NEGATIONS.has(word.key)).map((word) => word.key);
}

// The words to mark in the member without the negation: its side of the
// change, or the shared word the negation attaches to.
function sideWords(own: readonly Word[], next: readonly Word[] | undefined): Word[] {
  if (own.length > 0) return [...own];
  const first = next?.[0];
  return first ? [first] : [];
}

function span(text: string, words: readonly Word[]) {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { words: [...text].slice(first.start, last.end).join(""), start: first.start, end: last.end };
}

// "Other" differences: one member denies what the other states ("did not
// attend" / "attended") in otherwise closely matching wording.
export function findNegationFlips(a: MemberFacts, b: MemberFacts, alignment: readonly AlignedRun[]): MemberConflict[] {
  if (alignmentSimilarity(alignment) < MIN_SIMILARITY) return [];
  const conflicts: MemberConflict[] = [];
  const keysA = new Set(a.words.map((word) => word.key));
  const keysB = new Set(b.words.map((word) => word.key));
  for (const region of findChangedRegions(alignment)) {
    // A negation the other member also has, elsewhere, was only moved.
    const onlyA = negations(region.a).filter((key) => !keysB.has(key));
    const onlyB = negations(region.b).filter((key) => !keysA.has(key));
    const negatesA = onlyA.length > 0;
    const negatesB = onlyB.length > 0;
    if (negatesA === negatesB) continue;
    const left = span(a.member.text, negatesA ? region.a : sideWords(region.a, region.after?.a));
    const right = span(b.member.text, negatesB ? region.b : sideWords(region.b, region.after?.b));
    if (!left || !right) continue;
    conflicts.push({
      kind: "other",
      a: { memberId: a.member.memberId, ...left, value: negatesA ? "negated" : "stated" },
      b: { memberId: b.member.memberId, ...right, value: negatesB ? "negated" : "stated" },
    });
  }
  return conflicts;
}
