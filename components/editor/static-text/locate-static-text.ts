/**
 * Maps UTF-16 offsets of the canonical text onto the DOM of
 * `StaticArticleText`: blocks are the root's children, joined by "\n\n";
 * inside a block each text node counts its length and each <br> (but a
 * filler) counts one "\n". Returns null for a range it cannot place.
 */
export function locateStaticText(root: HTMLElement): (from: number, to: number) => StaticRange | null {
  const nodes: Node[] = [];
  const starts: number[] = [];
  let offset = 0;
  root.childNodes.forEach((block, b) => {
    if (!(block instanceof HTMLElement)) return;
    if (b > 0) offset += 2;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        nodes.push(node);
        starts.push(offset);
        offset += (node as Text).length;
      } else if (node instanceof HTMLBRElement && !node.hasAttribute("data-filler")) {
        offset += 1;
      }
    }
  });
  const total = offset;

  const lengthOf = (i: number) => (nodes[i] as Text).length;
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
  // A start inside a separator or <br> moves to the next text node's start.
  const startPoint = (at: number) => {
    const i = lastStartingBefore(at, false);
    if (i >= 0 && at - (starts[i] as number) <= lengthOf(i)) return { node: nodes[i] as Node, offset: at - (starts[i] as number) };
    const next = i + 1;
    return next < nodes.length ? { node: nodes[next] as Node, offset: 0 } : null;
  };
  // An end inside a separator or <br> moves back to the previous text node's end.
  const endPoint = (at: number) => {
    const i = lastStartingBefore(at, true);
    if (i < 0) return null;
    return { node: nodes[i] as Node, offset: Math.min(at - (starts[i] as number), lengthOf(i)) };
  };

  return (from, to) => {
    if (from < 0 || to > total || from >= to) return null;
    const start = startPoint(from);
    const end = endPoint(to);
    if (!start || !end) return null;
    return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
  };
}
