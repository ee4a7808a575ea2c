import type { NumberMention } from "@/lib/nlp/passage-features";

export type NumberComparison = { match: boolean; query: string; candidate: string };

function agree(a: NumberMention, b: NumberMention): boolean {
  if (a.vague || b.vague) return Math.max(a.value, b.value) <= 2.5 * Math.min(a.value, b.value);
  return a.value === b.value;
}

// Numbers counting the same thing: equal (or, for "dozens"/"around 30", of
// the same magnitude) is a match; the same unit with another value is a
// conflict ("30 tourists" vs "26 tourists"). Unrelated counts say nothing.
export function compareNumbers(query: readonly NumberMention[], candidate: readonly NumberMention[]): NumberComparison | null {
  let conflict: NumberComparison | null = null;
  for (const q of query) {
    for (const c of candidate) {
      const sameUnit = q.unit !== null && q.unit === c.unit;
      if (agree(q, c) && (sameUnit || q.unit === null || c.unit === null)) return { match: true, query: q.text, candidate: c.text };
      if (sameUnit) conflict ??= { match: false, query: q.text, candidate: c.text };
    }
  }
  return conflict;
}
