/**
 * One annotation as painted: ProseMirror positions [from, to) and the style
 * names it is drawn with (one CSS highlight, or one class, per name). Keyed
 * by annotation id; the document itself never holds annotation data.
 */
export type HighlightSpan = {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly styles: readonly string[];
};

/**
 * Paints spans over the text. `paint` takes the whole wanted state and
 * changes only what differs from the last call, so callers can simply pass
 * everything on every change.
 */
export type HighlightRenderer = {
  readonly kind: HighlightRendererKind;
  paint(spans: readonly HighlightSpan[]): void;
  /** Rebuilds everything, e.g. after the view re-rendered its text nodes. */
  repaint(): void;
  /** Spans it holds, and how many of them are drawn now (the rest are off screen). */
  stats(): { spans: number; registered: number };
  destroy(): void;
};

export type HighlightRendererKind = "css-highlights" | "decorations";

export type AnnotationHighlightsOptions = {
  /**
   * "auto" uses the CSS Custom Highlight API where the browser has it (no DOM
   * changes: fastest, and overlapping spans cost nothing) and inline
   * decorations elsewhere.
   * @default "auto"
   */
  renderer: "auto" | HighlightRendererKind;
  /**
   * Paint order of a style: higher is drawn on top (Highlight.priority; for
   * decorations, the order of classes does not matter, CSS specificity does).
   * @default () => 0
   */
  priorityOf: (style: string) => number;
};

export type AnnotationHighlightsStorage = {
  renderer: HighlightRenderer | null;
  spans: readonly HighlightSpan[];
};
