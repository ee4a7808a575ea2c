import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import type { HighlightSpan } from "@/lib/tiptap/annotation-highlights/types";

/**
 * What the first paint over the server-rendered text draws, small enough to
 * be inlined in the page's HTML (issue 15): per highlight name, its priority
 * and then its ranges as pairs of UTF-16 offsets into the canonical text,
 * `[priority, startDelta, length, startDelta, length, …]`, ranges in start
 * order and each start counted from the previous one's. Deltas and lengths
 * are short numbers where absolute offsets are long: at 5,000 annotations
 * this is about a third of the bytes.
 */
export type StaticPaintPlan = Record<string, number[]>;

/** The plan of `spans` (doc positions and style names, as the editor paints them) over `text`. */
export function toStaticPaintPlan(text: string, spans: readonly HighlightSpan[], priorityOf: (style: string) => number): StaticPaintPlan {
  const ranges = new Map<string, Array<[number, number]>>();
  for (const span of spans) {
    const from = docPosToTextOffset(text, span.from);
    const to = docPosToTextOffset(text, span.to);
    if (from >= to) continue;
    for (const style of span.styles) {
      let list = ranges.get(style);
      if (!list) ranges.set(style, (list = []));
      list.push([from, to]);
    }
  }
  const plan: StaticPaintPlan = {};
  for (const [style, list] of ranges) {
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const encoded = [priorityOf(style)];
    let previous = 0;
    for (const [from, to] of list) {
      encoded.push(from - previous, to - from);
      previous = from;
    }
    plan[style] = encoded;
  }
  return plan;
}
