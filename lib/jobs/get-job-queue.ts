import type PgBoss from "pg-boss";
import { appPool } from "@/lib/db/app-pool";
import { beginJobShutdown, resetJobShutdown } from "@/lib/jobs/job-shutdown-signal";
import { startJobQueue } from "@/lib/jobs/start-job-queue";

// One queue client per process, started on first use, on the shared pool.
const holder = globalThis as unknown as { claimdeskJobQueue?: Promise<PgBoss> };

export function getJobQueue(): Promise<PgBoss> {
  if (!holder.claimdeskJobQueue) resetJobShutdown();
  holder.claimdeskJobQueue ??= startJobQueue(appPool(), { supervise: true }).catch((error: unknown) => {
    // Not cached when it failed (database down at start): the next call tries again.
    holder.claimdeskJobQueue = undefined;
    throw error;
  });
  return holder.claimdeskJobQueue;
}

/**
 * Stops this process's queue client: no new jobs; running handlers that can
 * stop at a safe point hand their job back to the queue (job-shutdown-signal),
 * the others finish, up to `timeoutMs` (then pg-boss fails them, which counts
 * as an attempt).
 */
export async function stopJobQueue(timeoutMs = 30_000): Promise<void> {
  beginJobShutdown();
  const pending = holder.claimdeskJobQueue;
  holder.claimdeskJobQueue = undefined;
  const boss = await pending?.catch(() => undefined);
  // close: false — the pool is the app's, not pg-boss's.
  await boss?.stop({ graceful: true, close: false, timeout: timeoutMs, wait: true });
}
