import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { SuggestionDTO } from "@/lib/suggestions/suggestion-types";

type Kind = SuggestionDTO["kind"];
type Span = Pick<AnnotationDTO, "kind" | "start" | "end">;

/** One kind's annotations sorted by start, with the largest end among the first i + 1 of them. */
type Coverage = { starts: Float64Array; maxEndUpTo: Float64Array };

function coverageOf(spans: readonly Span[], kind: Kind): Coverage {
  const own = spans.filter((a) => a.kind === kind).sort((a, b) => a.start - b.start);
  const starts = new Float64Array(own.length);
  const maxEndUpTo = new Float64Array(own.length);
  let max = -Infinity;
  own.forEach((a, i) => {
    starts[i] = a.start;
    max = Math.max(max, a.end);
    maxEndUpTo[i] = max;
  });
  return { starts, maxEndUpTo };
}

// Some annotation overlaps [start, end) iff, among those starting before
// `end`, the one reaching furthest ends after `start`.
function overlapsAny({ starts, maxEndUpTo }: Coverage, start: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (maxEndUpTo[lo - 1] as number) > start;
}

/**
 * The suggestions still on offer: not dismissed, and not overlapping an
 * annotation of the same kind the person made. With 5,000 annotations of
 * their own and hundreds of suggestions, checking each suggestion against
 * every annotation cost millions of comparisons on every store change;
 * here it is one sort and a binary search per suggestion.
 */
export function uncoveredSuggestions(
  suggestions: readonly SuggestionDTO[],
  dismissed: ReadonlySet<string>,
  mine: readonly Span[],
): SuggestionDTO[] {
  const coverage = new Map<Kind, Coverage>();
  const coverageFor = (kind: Kind) => {
    let found = coverage.get(kind);
    if (!found) coverage.set(kind, (found = coverageOf(mine, kind)));
    return found;
  };
  return suggestions.filter((s) => !dismissed.has(s.key) && !overlapsAny(coverageFor(s.kind), s.start, s.end));
}
