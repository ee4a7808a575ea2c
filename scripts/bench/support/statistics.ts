// Nearest-rank percentile of a sample (p in 0..100); NaN when empty.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type FrameSummary = { frames: number; dropped: number; p95: number; max: number };

// A frame is dropped when its interval exceeds 1.5 × the 60 Hz budget.
export const DROPPED_FRAME_MS = 1.5 * (1000 / 60);

export function summarizeFrames(intervals: readonly number[]): FrameSummary {
  return {
    frames: intervals.length,
    dropped: intervals.filter((ms) => ms > DROPPED_FRAME_MS).length,
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
  };
}
