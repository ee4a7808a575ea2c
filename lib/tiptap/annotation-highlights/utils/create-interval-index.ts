export type Interval = { readonly start: number; readonly end: number };

/**
 * Static index of half-open intervals [start, end) for the questions the
 * editor asks on every pointer move and click: which spans cover this
 * character, which overlap a range, which lie inside one.
 */
export type IntervalIndex<T extends Interval> = {
  readonly size: number;
  /** Intervals sorted by start, longer first at equal starts (reading order). */
  readonly sorted: readonly T[];
  /** Intervals with start <= offset < end, in sorted order. */
  covering(offset: number): T[];
  /** Intervals sharing at least one character with [start, end). */
  overlapping(start: number, end: number): T[];
  /** Intervals wholly inside [start, end). */
  within(start: number, end: number): T[];
};

/**
 * Sorted by start, with a segment tree of the largest `end` over each run of
 * that order, so a stabbing query visits only subtrees that can still reach
 * past the offset: O(log n + hits) instead of a scan of every annotation.
 * Built once per change of the annotation list (n log n); 2,000 spans take
 * well under a millisecond.
 */
export function createIntervalIndex<T extends Interval>(items: readonly T[]): IntervalIndex<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const n = sorted.length;
  let width = 1;
  while (width < n) width *= 2;
  const maxEnd = new Float64Array(2 * width).fill(-Infinity);
  sorted.forEach((item, i) => {
    maxEnd[width + i] = item.end;
  });
  for (let node = width - 1; node >= 1; node--) {
    maxEnd[node] = Math.max(maxEnd[2 * node] as number, maxEnd[2 * node + 1] as number);
  }

  // Items among the first `limit` in sorted order whose end is past `after`.
  function endingAfter(limit: number, after: number): T[] {
    const found: T[] = [];
    const visit = (node: number, lo: number, hi: number) => {
      if (lo >= limit || (maxEnd[node] as number) <= after) return;
      if (node >= width) {
        found.push(sorted[lo] as T);
        return;
      }
      const mid = (lo + hi) >> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid, hi);
    };
    if (n > 0) visit(1, 0, width);
    return found;
  }

  // Number of items whose start is < bound (binary search over the sort).
  function countStartingBefore(bound: number): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as T).start < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    size: n,
    sorted,
    covering: (offset) => endingAfter(countStartingBefore(offset + 1), offset),
    overlapping: (start, end) => (end <= start ? [] : endingAfter(countStartingBefore(end), start)),
    within: (start, end) => {
      const found: T[] = [];
      for (let i = countStartingBefore(start); i < n; i++) {
        const item = sorted[i] as T;
        if (item.start >= end) break;
        if (item.end <= end) found.push(item);
      }
      return found;
    },
  };
}
