import { alignWords } from "@/lib/clusters/compare/align-words";
import { splitWords, type Word } from "@/lib/clusters/compare/split-words";

// A stretch of one member's text for display. The segments of a member cover
// its text exactly, in order (offsets in code points). `changed` marks words
// that differ from the other members; `sharedWith` counts the other members
// that have the same word in the same place (0 for a word of its own).
export type WordDiffSegment = { text: string; start: number; end: number; changed: boolean; sharedWith: number };
export type MemberWordDiff = { memberId: string; segments: WordDiffSegment[] };
export type MemberWording = { memberId: string; text: string };

// How many other members share each word of `own` (aligned word for word).
function countShared(own: readonly Word[], others: readonly (readonly Word[])[]): number[] {
  const counts = own.map(() => 0);
  const index = new Map(own.map((word, i) => [word, i]));
  for (const other of others) {
    for (const run of alignWords(own, other)) {
      if (run.kind !== "same") continue;
      for (const word of run.a) {
        const i = index.get(word);
        if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
      }
    }
  }
  return counts;
}

function toSegments(text: string, words: readonly Word[], shared: readonly number[], others: number): WordDiffSegment[] {
  const chars = [...text];
  // With two members a word differs when the other lacks it; with more, when
  // fewer than half of the others share it, so one outlet's departure from
  // the common wording stands out instead of every word lighting up.
  const changedAt = (i: number) => others > 0 && (shared[i] ?? 0) < others / 2;
  const segments: WordDiffSegment[] = [];
  const push = (start: number, end: number, changed: boolean, sharedWith: number) => {
    if (end <= start) return;
    const last = segments[segments.length - 1];
    if (last && last.changed === changed && last.sharedWith === sharedWith) {
      last.end = end;
      last.text = chars.slice(last.start, end).join("");
      return;
    }
    segments.push({ text: chars.slice(start, end).join(""), start, end, changed, sharedWith });
  };
  let at = 0;
  words.forEach((word, i) => {
    const changed = changedAt(i);
    const previousChanged = i > 0 && changedAt(i - 1);
    // The space between two changed words is part of the changed stretch.
    const gapShared = changed && previousChanged ? (shared[i] ?? 0) : others;
    push(at, word.start, changed && previousChanged, changed && previousChanged ? gapShared : others);
    push(word.start, word.end, changed, changed ? (shared[i] ?? 0) : others);
    at = word.end;
  });
  push(at, chars.length, false, others);
  return segments;
}

// Runs in the browser too (the cluster page): keep it free of compromise.
// Each outlet's wording against the others, for showing members side by side
// with the words that differ highlighted. Words line up by jsdiff's shortest
// edit script over case- and accent-folded words, so punctuation, case and
// curly quotes never count as differences.
export function diffMemberWords(members: readonly MemberWording[]): MemberWordDiff[] {
  const words = members.map((member) => splitWords(member.text));
  return members.map((member, i) => {
    const own = words[i] ?? [];
    const others = words.filter((_, j) => j !== i);
    return { memberId: member.memberId, segments: toSegments(member.text, own, countShared(own, others), others.length) };
  });
}
