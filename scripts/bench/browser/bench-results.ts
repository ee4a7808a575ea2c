// Shapes the in-page code returns to the benchmark script (JSON).

export type ScrollRun = { intervals: number[]; distance: number };

// Times in ms on the page's clock (performance.now(), 0 = navigation start).
export type LoadPaint = {
  ranges: number;
  // The highlight registry first held any range / at least the expected ranges.
  firstRangeAt: number;
  // The editor's first highlight write in the task that reached them: from
  // here on it is the renderer's work (ranges, registry, the frame).
  writesFrom: number;
  detectedAt: number;
  // Two animation frames after detectedAt: those ranges have been painted.
  paintedAt: number;
  // When the annotations were in the page's hands: responseEnd of the
  // annotations request if the page fetched them, else of the page itself
  // (they came inside its server-rendered payload).
  dataAt: number;
  dataSource: "annotations request" | "page document";
  // Navigation milestones of the page document.
  responseStart: number;
  responseEnd: number;
  domContentLoaded: number;
  // Size of the page document as received (decoded), in bytes.
  documentBytes: number;
};

export type RepaintPaint = { callMs: number; paintMs: number; ranges: number };

export type KeystrokePaint = { keyAt: number; detectedAt: number; paintedAt: number; ranges: number };

export type ReferencePaint = {
  // Call → the reference's own "drawn" signal, then → two frames later.
  detectMs: number;
  paintMs: number;
  // Time spent inside the call itself (synchronous work).
  callMs: number;
  // Highlight elements or ranges on screen / annotations in its store.
  drawn: number;
  stored: number;
};

// How the app lays out the article text, copied onto the reference page so
// both wrap it into the same lines.
export type TextLayout = { width: number; fontSize: string; lineHeight: string; fontFamily: string; paragraphGap: string };
