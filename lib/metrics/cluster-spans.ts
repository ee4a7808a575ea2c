import { assertValidSpan } from "./assert-valid-span";
import type { MatchMode, MetricSpan } from "./types";

/**
 * Groups the spans of several coders into units holding at most one span per
 * coder; `groups[c]` is coder c's spans, and every returned unit is an array
 * of the same length with null where that coder has no span. Every input span
 * lands in exactly one unit. Units come in text order (by their leftmost span).
 *
 * Two spans of different coders are candidates when they have the same kind
 * and, in "exact" mode, the same range, or in "overlap" mode at least one code
 * point in common. Candidates are joined GREEDILY, best first:
 *
 * 1. higher Jaccard (overlap / union) first, compared exactly on integers;
 * 2. on a tie, the pair whose overlap starts earlier, then ends earlier, then
 *    whose union starts earlier, then ends earlier (left to right);
 * 3. then by the two ids, smaller one first (plain code-unit order, not
 *    locale order, so every runtime agrees).
 *
 * A candidate joins its two units only if they share no coder. With two coders
 * this is the classic greedy one-to-one matching: each span takes its best
 * still-free counterpart. It is a ½-approximation of the maximum-weight
 * matching, not always the optimum (`match-spans.test.ts` shows a case), and we
 * accept that: "paired with its best remaining match" is what a reviewer can
 * check by eye in the side-by-side view, and the result is unique. The order
 * never looks at which coder is first, so swapping coders swaps the roles and
 * nothing else (F1 stays symmetric). Identical ranges have Jaccard 1 and are
 * joined before any partial overlap, so every exact-mode pair is also an
 * overlap-mode pair. With three or more coders in "overlap" mode a unit is
 * linked by a chain of overlaps (single linkage), not necessarily all-pairs.
 *
 * Cost: O(n·m) candidate checks per coder pair, then a sort of the candidates;
 * fine for the hundreds of spans an article carries.
 */
export function clusterSpans<S extends MetricSpan>(groups: ReadonlyArray<readonly S[]>, mode: MatchMode): Array<Array<S | null>> {
  const nodes: Array<{ span: S; coder: number }> = [];
  const byCoder = groups.map((spans, coder) =>
    [...spans].sort(compareSpans).map((span) => {
      assertValidSpan(span);
      nodes.push({ span, coder });
      return nodes.length - 1;
    }),
  );

  const candidates: Candidate[] = [];
  byCoder.forEach((left, i) => {
    byCoder.slice(i + 1).forEach((right) => {
      for (const x of left) {
        for (const y of right) {
          const a = nodes[x]!.span;
          const b = nodes[y]!.span;
          if (b.start >= a.end) break; // sorted by start: no later span can overlap a
          if (a.kind !== b.kind) continue;
          if (mode === "exact" ? a.start === b.start && a.end === b.end : b.end > a.start) candidates.push(candidate(x, y, a, b));
        }
      }
    });
  });
  candidates.sort(compareCandidates);

  // Union-find over units; each root keeps the set of coders its unit holds.
  const parent = nodes.map((_, index) => index);
  const coders = nodes.map((node) => new Set([node.coder]));
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (const { x, y } of candidates) {
    const rootX = find(x);
    const rootY = find(y);
    const codersX = coders[rootX]!;
    const codersY = coders[rootY]!;
    if (rootX === rootY || [...codersY].some((coder) => codersX.has(coder))) continue;
    parent[rootY] = rootX;
    for (const coder of codersY) codersX.add(coder);
  }

  const units = new Map<number, { spans: Array<S | null>; first: S }>();
  nodes.forEach(({ span, coder }, index) => {
    const root = find(index);
    const unit = units.get(root) ?? { spans: groups.map(() => null), first: span };
    unit.spans[coder] = span;
    if (compareSpans(span, unit.first) < 0) unit.first = span;
    units.set(root, unit);
  });
  return [...units.values()].sort((u, v) => compareSpans(u.first, v.first)).map((unit) => unit.spans);
}

type Candidate = {
  x: number;
  y: number;
  overlap: number;
  union: number;
  overlapStart: number;
  overlapEnd: number;
  unionStart: number;
  unionEnd: number;
  lowId: string;
  highId: string;
};

function candidate(x: number, y: number, a: MetricSpan, b: MetricSpan): Candidate {
  const overlapStart = Math.max(a.start, b.start);
  const overlapEnd = Math.min(a.end, b.end);
  const unionStart = Math.min(a.start, b.start);
  const unionEnd = Math.max(a.end, b.end);
  const [lowId, highId] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
  return { x, y, overlap: overlapEnd - overlapStart, union: unionEnd - unionStart, overlapStart, overlapEnd, unionStart, unionEnd, lowId, highId };
}

function compareCandidates(p: Candidate, q: Candidate): number {
  // p.overlap / p.union > q.overlap / q.union, without rounding: lengths are
  // at most 2^26 (assertValidSpan), so the products are exact doubles.
  return (
    q.overlap * p.union - p.overlap * q.union ||
    p.overlapStart - q.overlapStart ||
    p.overlapEnd - q.overlapEnd ||
    p.unionStart - q.unionStart ||
    p.unionEnd - q.unionEnd ||
    compareStrings(p.lowId, q.lowId) ||
    compareStrings(p.highId, q.highId)
  );
}

function compareSpans(a: MetricSpan, b: MetricSpan): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.id, b.id);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
