// Tells running job handlers that this process is stopping (SIGTERM on a
// worker, or the server shutting down), so a long job can stop at its next
// safe point and be handed back to the queue instead of being failed by
// pg-boss when the grace period runs out (which would use up a retry).
// One per queue client: a queue started again (tests, a restarted server
// instance) gets a fresh signal. Kept on globalThis like the queue client.
const holder = globalThis as unknown as { claimdeskJobShutdown?: AbortController };

/** The signal handlers started now should watch. */
export function jobShutdownSignal(): AbortSignal {
  holder.claimdeskJobShutdown ??= new AbortController();
  return holder.claimdeskJobShutdown.signal;
}

/** Running handlers stop at their next safe point. */
export function beginJobShutdown(): void {
  (holder.claimdeskJobShutdown ??= new AbortController()).abort();
}

/** A queue client starting anew: its handlers are not being stopped. */
export function resetJobShutdown(): void {
  holder.claimdeskJobShutdown = new AbortController();
}
