// Injected into the app's pages before any of their scripts (esbuild IIFE,
// page.addInitScript). It watches the CSS Custom Highlight registry — the
// editor paints annotations there — without touching the editor: every
// change to the registry or to a Highlight's ranges schedules one count of
// the ranges at the end of the current task (a microtask), and each new count is logged
// with its time and, two frames later, the time it was painted.
import { afterFrames } from "./after-frames";
import { measureScroll } from "./measure-scroll";
import type { KeystrokePaint, LoadPaint, RepaintPaint, ScrollRun, TextLayout } from "./bench-results";

type RendererStats = { spans: number; registered: number };
type TiptapLike = {
  commands: { repaintAnnotationHighlights?: () => boolean };
  storage?: { annotationHighlights?: { renderer?: { stats?: () => RendererStats } | null } };
};

function editor(): TiptapLike | null {
  return (document.querySelector(".ProseMirror") as (Element & { editor?: TiptapLike }) | null)?.editor ?? null;
}

// The editor draws only the annotations near the screen (its highlight
// window): once it holds `expected` spans, "all painted" means every range
// it registered is in the registry. Pages without such stats (text-annotator,
// the bare page) register every range.
function loadedWith(expected: number): (s: Sample) => boolean {
  return (s) => {
    const stats = editor()?.storage?.annotationHighlights?.renderer?.stats?.();
    return stats && stats.spans >= expected ? s.ranges >= stats.registered && stats.registered > 0 : s.ranges >= expected;
  };
}

// `writesFrom`: the first registry or Highlight call of the task that led to
// this count, i.e. when the editor began writing these highlights.
type Sample = { at: number; writesFrom: number; ranges: number; painted: Promise<number> };

const samples: Sample[] = [];
let scheduled = false;
let writesFrom = 0;
let lastKeyAt = -1;

// Distinct ranges over all highlights: an editor may put one annotation's
// range in several highlights (colour, underline, state), and it is still
// one painted annotation.
function countRanges(): number {
  const ranges = new Set<AbstractRange>();
  CSS.highlights.forEach((highlight) => {
    highlight.forEach((range) => ranges.add(range));
  });
  return ranges.size;
}

function record(): void {
  scheduled = false;
  const ranges = countRanges();
  if (samples.at(-1)?.ranges === ranges) return;
  const at = performance.now();
  samples.push({ at, writesFrom: writesFrom || at, ranges, painted: afterFrames(2) });
  writesFrom = 0;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  writesFrom = performance.now();
  queueMicrotask(record);
}

function watch(proto: object, methods: readonly string[]): void {
  for (const name of methods) {
    const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
    Reflect.set(proto, name, function (this: unknown, ...args: unknown[]) {
      schedule();
      return original.apply(this, args);
    });
  }
}

watch(Object.getPrototypeOf(CSS.highlights) as object, ["set", "delete", "clear"]);
watch(Highlight.prototype, ["add", "delete", "clear"]);
addEventListener("keydown", (event) => {
  if (event.key.toLowerCase() === "c") lastKeyAt = event.timeStamp;
}, { capture: true });

// The first logged count that satisfies `test`, waiting for it frame by frame
// (and recounting each frame, in case ranges arrived some unwatched way).
function firstSample(test: (s: Sample) => boolean, timeoutMs: number): Promise<Sample> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((done, fail) => {
    const poll = () => {
      record();
      const found = samples.find(test);
      if (found) done(found);
      else if (performance.now() > deadline) fail(new Error(`no such highlight change within ${timeoutMs} ms (ranges now ${countRanges()})`));
      else requestAnimationFrame(poll);
    };
    poll();
  });
}

function loadMilestones(): Omit<LoadPaint, "ranges" | "firstRangeAt" | "writesFrom" | "detectedAt" | "paintedAt"> {
  const page = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const request = performance.getEntriesByType("resource").find((e) => /\/annotations$/.test(new URL(e.name).pathname)) as PerformanceResourceTiming | undefined;
  return {
    dataAt: request?.responseEnd ?? page?.responseEnd ?? Number.NaN,
    dataSource: request ? "annotations request" : "page document",
    responseStart: page?.responseStart ?? Number.NaN,
    responseEnd: page?.responseEnd ?? Number.NaN,
    domContentLoaded: page?.domContentLoadedEventEnd ?? Number.NaN,
    documentBytes: page?.decodedBodySize ?? Number.NaN,
  };
}

const probe = {
  ranges: countRanges,
  async load(expected: number, timeoutMs: number): Promise<LoadPaint> {
    const sample = await firstSample(loadedWith(expected), timeoutMs);
    const first = samples.find((s) => s.ranges > 0)!;
    return {
      ranges: sample.ranges,
      firstRangeAt: first.at,
      writesFrom: sample.writesFrom,
      detectedAt: sample.at,
      paintedAt: await sample.painted,
      ...loadMilestones(),
    };
  },
  // Repaints every highlight through the editor's own Tiptap command, on a
  // page already laid out: the renderer's cost alone, like text-annotator's
  // setAnnotations on its laid-out page. Null when the editor has no such
  // command.
  async repaint(): Promise<RepaintPaint | null> {
    const repaint = editor()?.commands.repaintAnnotationHighlights;
    if (!repaint) return null;
    const t0 = performance.now();
    repaint();
    const callMs = performance.now() - t0;
    return { callMs, paintMs: (await afterFrames(2)) - t0, ranges: countRanges() };
  },
  // After the benchmark presses "c": the first growth of the ranges since
  // that key went down.
  async keystroke(before: number, timeoutMs: number): Promise<KeystrokePaint> {
    if (lastKeyAt < 0) throw new Error("no keydown of C was seen");
    const keyAt = lastKeyAt;
    const sample = await firstSample((s) => s.at >= keyAt && s.ranges > before, timeoutMs);
    lastKeyAt = -1;
    return { keyAt, detectedAt: sample.at, paintedAt: await sample.painted, ranges: sample.ranges };
  },
  // Selects three words in a longer paragraph of the editor (a different one
  // for each `nth`), scrolled into view, the way a reader's selection would
  // land: DOM selection on the text nodes, editor focused.
  selectWords(rootSelector: string, nth: number): string {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`nothing matches ${rootSelector}`);
    const paragraphs = [...root.querySelectorAll("p")].filter((p) => (p.textContent ?? "").split(/\s+/u).length > 12);
    const paragraph = paragraphs[(nth * 7 + 3) % paragraphs.length];
    if (!paragraph) throw new Error("the editor shows no paragraph of text");
    paragraph.scrollIntoView({ block: "center" });
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const words = [...node.data.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)];
      const [first, last] = [words[2], words[4]];
      if (!first || !last) continue;
      const editable = root.closest<HTMLElement>("[contenteditable]") ?? root.querySelector<HTMLElement>("[contenteditable]");
      editable?.focus({ preventScroll: true });
      const end = last.index + last[0].length;
      getSelection()?.setBaseAndExtent(node, first.index, node, end);
      return node.data.slice(first.index, end);
    }
    throw new Error("no text node with five words in the chosen paragraph");
  },
  layout(selector: string): TextLayout {
    const paragraph = document.querySelector(`${selector} p`);
    if (!paragraph) throw new Error(`no paragraph in ${selector}`);
    const style = getComputedStyle(paragraph);
    return {
      width: paragraph.clientWidth,
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontFamily: style.fontFamily,
      paragraphGap: style.marginBottom,
    };
  },
  scroll(selector: string, durationMs: number): Promise<ScrollRun> {
    const from = document.querySelector(selector);
    if (!from) throw new Error(`nothing matches ${selector}`);
    return measureScroll(from, durationMs);
  },
};

Reflect.set(window, "__benchProbe", probe);
