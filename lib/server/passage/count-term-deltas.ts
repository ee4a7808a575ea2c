export type TermDelta = { term: string; delta: number };

// How the passage count of each term changes when an article's passages
// `before` are replaced by `after` (each a space-separated term list). The
// empty term counts passages. Sorted by term so concurrent writers lock the
// shared counter rows in one order and cannot deadlock.
export function countTermDeltas(before: readonly string[], after: readonly string[]): TermDelta[] {
  const delta = new Map<string, number>();
  const add = (lemmas: string, sign: number) => {
    delta.set("", (delta.get("") ?? 0) + sign);
    for (const term of new Set(lemmas.split(" ").filter(Boolean))) delta.set(term, (delta.get(term) ?? 0) + sign);
  };
  for (const lemmas of before) add(lemmas, -1);
  for (const lemmas of after) add(lemmas, 1);
  return [...delta]
    .filter(([, d]) => d !== 0)
    .map(([term, d]) => ({ term, delta: d }))
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
