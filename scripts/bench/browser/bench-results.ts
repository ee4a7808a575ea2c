// Shapes the in-page code returns to the benchmark script (JSON).

export type ScrollRun = { intervals: number[]; distance: number };

// Times in ms on the page's clock (performance.now(), 0 = navigation start).
export type LoadPaint = {
  ranges: number;
  // The highlight registry first held at least the expected ranges.
  detectedAt: number;
  // Two animation frames later: those ranges have been painted.
  paintedAt: number;
  // responseEnd of the annotations request, when the page fetched them.
  annotationsResponseEnd: number | null;
};

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
