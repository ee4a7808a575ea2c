// Postgres ends one transaction of a deadlock (40P01) or of a serialization
// failure (40001); Prisma reports either as P2034. That transaction rolled
// back whole, so running it again is the documented answer — for work that
// has no effect outside the database (afterCommit callbacks are queued per
// attempt and run only for the one that commits).
//
// Two creates on one article can meet this way: each holds the article FOR
// SHARE (its text must not change under the new span) and the one whose
// claim changes the article's status then updates that row, while another
// writer waits for it. bench:load with 50 paced annotators and a review step
// met it four times in 45 s (docs/benchmarks.md); each was a 500.
const CODES = new Set(["P2034", "40P01", "40001"]);

export function isWriteConflict(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") break;
    const record = e as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
    if (typeof record.code === "string" && CODES.has(record.code)) return true;
    if (typeof record.originalCode === "string" && CODES.has(record.originalCode)) return true;
    e = record.cause ?? record.meta?.driverAdapterError?.cause;
  }
  return false;
}

/** Runs `work` (a whole transaction) again when Postgres aborted it for a write conflict, up to `attempts` times in all. */
export async function retryOnWriteConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
    }
  }
}
