import type { StaticPaintPlan } from "./static-paint-plan";

type Painted = Map<string, Highlight>;
type Marked = Record<symbol, Painted | undefined>;

// What was painted over each server-rendered text is kept on the element
// itself, under a registered symbol: the copy of `paintStaticText` inlined in
// the page's HTML and the bundled one are two functions that share nothing
// but the DOM, and whoever paints first paints once; the editor's takeover
// removes it whoever painted it. (A property, not an attribute: React does
// not see it when it hydrates the element.)
const PAINTED = Symbol.for("claimdesk.static-text-highlights");

export function isStaticTextPainted(root: HTMLElement): boolean {
  return (root as unknown as Marked)[PAINTED] !== undefined;
}

/**
 * Paints a plan (`toStaticPaintPlan`) over `StaticArticleText` with CSS
 * highlights. Does nothing without a root, where CSS highlights are missing,
 * or where the text is already painted.
 *
 * UTF-16 offsets of the canonical text map onto the DOM as `StaticArticleText`
 * lays it out: blocks are the root's element children, joined by "\n\n";
 * inside a block each text node counts its length and each <br> (but a
 * filler) counts one "\n". A range that starts in a separator or <br> starts
 * at the next text node, one that ends there ends at the previous one's end.
 *
 * Self-contained on purpose: the page's HTML runs it inline, from its source
 * text (`early-paint-source.ts`), before any chunk has loaded. So it names
 * nothing from outside but the browser's globals: no import, no module
 * constant (hence the symbol spelled out again), no syntax a compiler would
 * need a helper for.
 */
export function paintStaticText(root: HTMLElement | null, plan: StaticPaintPlan): void {
  const key = Symbol.for("claimdesk.static-text-highlights");
  const marked = root as unknown as Record<symbol, Map<string, Highlight> | undefined> | null;
  if (!root || !marked || marked[key] || typeof CSS === "undefined" || !("highlights" in CSS) || typeof Highlight === "undefined") return;

  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  const walk = (parent: Node): void => {
    parent.childNodes.forEach((node) => {
      if (node.nodeType === 3) {
        nodes.push(node as Text);
        starts.push(offset);
        offset += (node as Text).length;
      } else if (node.nodeName === "BR") {
        if (!(node as Element).hasAttribute("data-filler")) offset += 1;
      } else {
        walk(node);
      }
    });
  };
  let blocks = 0;
  root.childNodes.forEach((block) => {
    if (block.nodeType !== 1) return;
    if (blocks++ > 0) offset += 2;
    walk(block);
  });
  const total = offset;

  // The last text node starting at or before `at` (`strictly`: before it).
  const lastStartingBefore = (at: number, strictly: boolean): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid] as number;
      if (strictly ? start < at : start <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };
  const rangeOf = (from: number, to: number): StaticRange | null => {
    if (from < 0 || to > total || from >= to) return null;
    let startNode: Text | undefined;
    let startOffset = 0;
    const s = lastStartingBefore(from, false);
    if (s >= 0 && from - (starts[s] as number) <= (nodes[s] as Text).length) {
      startNode = nodes[s];
      startOffset = from - (starts[s] as number);
    } else {
      startNode = nodes[s + 1];
    }
    const e = lastStartingBefore(to, true);
    if (!startNode || e < 0) return null;
    const endNode = nodes[e] as Text;
    const endOffset = Math.min(to - (starts[e] as number), endNode.length);
    return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
  };

  const mine = new Map<string, Highlight>();
  Object.keys(plan).forEach((style) => {
    const encoded = plan[style] as number[];
    const highlight = new Highlight();
    highlight.priority = encoded[0] ?? 0;
    let from = 0;
    for (let i = 1; i + 1 < encoded.length; i += 2) {
      from += encoded[i] as number;
      const range = rangeOf(from, from + (encoded[i + 1] as number));
      if (range) highlight.add(range);
    }
    mine.set(style, highlight);
  });
  mine.forEach((highlight, style) => CSS.highlights.set(style, highlight));
  marked[key] = mine;
}

/** Removes what `paintStaticText` painted over `root`, leaving any highlight the editor has put in its place. */
export function clearStaticText(root: HTMLElement): void {
  const marked = root as unknown as Marked;
  const mine = marked[PAINTED];
  if (!mine) return;
  for (const [style, highlight] of mine) if (CSS.highlights.get(style) === highlight) CSS.highlights.delete(style);
  delete marked[PAINTED];
}
