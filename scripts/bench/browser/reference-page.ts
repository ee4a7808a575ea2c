// The reference side of the benchmark, bundled (esbuild IIFE) into a blank
// page: @recogito/text-annotator 4.1.1 with its default renderer, and the
// bare CSS Custom Highlight API as the floor, both on the same article text
// and spans as the app.
import { createTextAnnotator, type TextAnnotation, type TextAnnotator } from "@recogito/text-annotator";
import "@recogito/text-annotator/text-annotator.css";
import { afterFrames } from "./after-frames";
import { measureScroll } from "./measure-scroll";
import { rangesAt, renderArticle } from "./render-article";
import type { ReferencePaint, ScrollRun, TextLayout } from "./bench-results";

type Offsets = ReadonlyArray<readonly [number, number]>;

let article = "";
let container: HTMLElement;
let annotator: TextAnnotator | undefined;

function layer(): Element {
  const found = container.querySelector(".r6o-span-highlight-layer");
  if (!found) throw new Error("text-annotator created no highlight layer");
  return found;
}

// In its W3C-like model, offsets are UTF-16 offsets into the container's text.
function toAnnotation(id: string, [start, end]: readonly [number, number]): TextAnnotation {
  return { id, bodies: [], target: { annotation: id, selector: [{ quote: article.slice(start, end), start, end }] } } as unknown as TextAnnotation;
}

// Call → the renderer's "onRedraw" with `drawn()` true → two frames.
function timeUntilDrawn(drawn: () => boolean, call: () => void, count: () => number): Promise<ReferencePaint> {
  const ta = annotator!;
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const timeout = setTimeout(() => fail(new Error("text-annotator drew nothing within 60 s")), 60_000);
    const off = ta.renderer.on("onRedraw", () => {
      if (!drawn()) return;
      off();
      clearTimeout(timeout);
      const detectedAt = performance.now();
      void afterFrames(2).then((paintedAt) =>
        done({ detectMs: detectedAt - t0, paintMs: paintedAt - t0, callMs, drawn: layer().childElementCount, stored: count() }),
      );
    });
    call();
    const callMs = performance.now() - t0;
  });
}

const reference = {
  async open(text: string, layout: TextLayout): Promise<void> {
    article = text;
    container = document.createElement("div");
    Object.assign(container.style, { width: `${layout.width}px`, fontSize: layout.fontSize, lineHeight: layout.lineHeight, fontFamily: layout.fontFamily });
    const gap = document.createElement("style");
    gap.textContent = `p { margin: 0 0 ${layout.paragraphGap}; }`;
    document.head.append(gap);
    document.body.append(container);
    renderArticle(container, text);
    await afterFrames(2);
  },
  async createAnnotator(): Promise<void> {
    annotator = createTextAnnotator(container);
    // Let its start-up redraws (viewport, resize observer) pass.
    await new Promise((r) => setTimeout(r, 300));
    await afterFrames(2);
  },
  setAnnotations(offsets: Offsets): Promise<ReferencePaint> {
    const list = offsets.map((o, i) => toAnnotation(`a${i}`, o));
    // setAnnotations(list) would replace through syncAnnotations, which with
    // @annotorious/core >= 3.8.6 paints nothing; `false` upserts instead.
    return timeUntilDrawn(() => layer().childElementCount > 0, () => annotator!.setAnnotations(list, false), () => annotator!.getAnnotations().length);
  },
  addAnnotation(id: string, offsets: readonly [number, number]): Promise<ReferencePaint> {
    const annotation = toAnnotation(id, offsets);
    return timeUntilDrawn(
      () => layer().querySelector(`[data-annotation="${id}"]`) !== null,
      () => annotator!.addAnnotation(annotation),
      () => annotator!.getAnnotations().length,
    );
  },
  // The floor: the same ranges in eight CSS highlights (one per colour, as an
  // editor colouring by kind and status would group them), set at once.
  async cssHighlights(offsets: Offsets): Promise<ReferencePaint> {
    const style = document.createElement("style");
    style.textContent = Array.from({ length: 8 }, (_, k) => `::highlight(bench-${k}) { background-color: hsl(${k * 45} 80% 50% / 0.2); }`).join("\n");
    document.head.append(style);
    const t0 = performance.now();
    const ranges = rangesAt(container, offsets);
    const groups = Array.from({ length: 8 }, () => new Highlight());
    ranges.forEach((range, i) => groups[i % 8]!.add(range));
    groups.forEach((group, k) => CSS.highlights.set(`bench-${k}`, group));
    const callMs = performance.now() - t0;
    const paintedAt = await afterFrames(2);
    return { detectMs: callMs, paintMs: paintedAt - t0, callMs, drawn: ranges.length, stored: ranges.length };
  },
  scroll(durationMs: number): Promise<ScrollRun> {
    return measureScroll(container, durationMs);
  },
};

Reflect.set(window, "__benchReference", reference);
