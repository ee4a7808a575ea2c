import type { DateMention } from "@/lib/nlp/passage-features";

export type DateComparison = { match: boolean; query: string; candidate: string; weight: number };

// How much a shared date says about "same event": a bare year is weak, a
// month stronger, a day strongest.
function specificity(date: DateMention): number {
  if (date.day !== undefined && date.month !== undefined) return 1;
  if (date.month !== undefined) return 0.7;
  return 0.3;
}

// Whether two dates can name the same day: every part both give agrees.
function compatible(a: DateMention, b: DateMention): boolean {
  const parts = ["year", "month", "day"] as const;
  let shared = 0;
  for (const part of parts) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}

// The best agreeing pair of calendar dates, else the closest disagreeing
// pair (same precision, different value: "January 2024" vs "January 2023").
export function compareDates(query: readonly DateMention[], candidate: readonly DateMention[]): DateComparison | null {
  let best: DateComparison | null = null;
  for (const q of query) {
    for (const c of candidate) {
      if (compatible(q, c)) {
        const weight = Math.min(specificity(q), specificity(c));
        if (!best || !best.match || weight > best.weight) best = { match: true, query: q.text, candidate: c.text, weight };
      } else if (!best && q.month !== undefined && c.month !== undefined && (q.day === undefined) === (c.day === undefined)) {
        best = { match: false, query: q.text, candidate: c.text, weight: 0.5 };
      }
    }
  }
  return best;
}
