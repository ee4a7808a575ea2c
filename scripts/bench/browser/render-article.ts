// The article as paragraphs inside `container`, with the blank-line
// separators kept as text nodes between them: they take no space on screen,
// and the container's text is then exactly the article text, so offsets into
// one are offsets into the other.
export function renderArticle(container: HTMLElement, text: string): void {
  container.replaceChildren();
  text.split("\n\n").forEach((paragraph, i) => {
    if (i > 0) container.append("\n\n");
    const p = document.createElement("p");
    p.textContent = paragraph;
    container.append(p);
  });
}

// Ranges for UTF-16 [start, end) offsets into the container's text, found in
// one walk over its text nodes and a binary search per offset.
export function rangesAt(container: HTMLElement, offsets: ReadonlyArray<readonly [number, number]>): Range[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(total);
    total += (node as Text).length;
  }
  const locate = (offset: number, atEnd: boolean): [Text, number] => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! < offset || (!atEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, offset - starts[lo]!];
  };
  return offsets.map(([start, end]) => {
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(end, true));
    return range;
  });
}
