// Scrolls from the top of the page to the bottom at an even pace over
// `durationMs`, moving once per animation frame, and returns the intervals
// between frames. The scroller is the nearest scrolling ancestor of `from`
// (the document unless the layout scrolls an inner element).
export async function measureScroll(from: Element, durationMs: number): Promise<{ intervals: number[]; distance: number }> {
  const scroller = scrollParent(from);
  scroller.scrollTop = 0;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const distance = scroller.scrollHeight - scroller.clientHeight;
  const intervals: number[] = [];
  return new Promise((done) => {
    let start = -1;
    let last = -1;
    const frame = (now: number) => {
      if (start < 0) start = now;
      else intervals.push(now - last);
      last = now;
      const progress = Math.min(1, (now - start) / durationMs);
      scroller.scrollTop = Math.round(progress * distance);
      if (progress < 1) requestAnimationFrame(frame);
      else done({ intervals, distance });
    };
    requestAnimationFrame(frame);
  });
}

function scrollParent(element: Element): Element {
  for (let el: Element | null = element.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === "auto" || overflowY === "scroll") && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement ?? document.documentElement;
}
