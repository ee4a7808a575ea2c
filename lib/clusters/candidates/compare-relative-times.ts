import type { RelativeTimeMention } from "@/lib/nlp/passage-features";

export type RelativeTimeComparison = { match: boolean; query: string; candidate: string };

// Two relative times pointing the same way ("before"/"prior") agree when
// their unit and any stated amounts agree; "days before" against "weeks
// prior" disagree — the classic conflicting detail of one event.
export function compareRelativeTimes(
  query: readonly RelativeTimeMention[],
  candidate: readonly RelativeTimeMention[],
): RelativeTimeComparison | null {
  let conflict: RelativeTimeComparison | null = null;
  for (const q of query) {
    for (const c of candidate) {
      if (q.direction !== c.direction) continue;
      const sameAmount = q.amount === null || c.amount === null || q.amount === c.amount;
      if (q.unit === c.unit && sameAmount) return { match: true, query: q.text, candidate: c.text };
      conflict ??= { match: false, query: q.text, candidate: c.text };
    }
  }
  return conflict;
}
