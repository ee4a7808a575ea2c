// Callbacks to run when an interactive transaction commits. lib/db/transaction.ts wraps
// `$transaction` with `withAfterCommit`, which registers the transaction
// client before the caller's work starts; code that only has the `tx` (such
// as recordEvent) then queues work for after the commit with `afterCommit`.
// A WeakMap keyed by the transaction client: nothing leaks, and no
// AsyncLocalStorage subtleties about which async context a callback runs in.
const pending = new WeakMap<object, Array<() => void>>();

/** Queues `callback` for when `tx` commits; false if `tx` is not a transaction opened through withAfterCommit. */
export function afterCommit(tx: object, callback: () => void): boolean {
  const callbacks = pending.get(tx);
  if (!callbacks) return false;
  callbacks.push(callback);
  return true;
}

type AnyTransaction = (...args: unknown[]) => Promise<unknown>;

/** Wraps a Prisma `$transaction` so callbacks queued with afterCommit run after a commit (not after a rollback). */
export function withAfterCommit<F>(original: F): F {
  const transaction = original as unknown as AnyTransaction;
  const wrapped = async (first: unknown, ...rest: unknown[]) => {
    // The batch form (an array of queries) runs no caller code in between.
    if (typeof first !== "function") return transaction(first, ...rest);
    const callbacks: Array<() => void> = [];
    const work = first as (tx: object) => Promise<unknown>;
    const result = await transaction(async (tx: object) => {
      pending.set(tx, callbacks);
      return work(tx);
    }, ...rest);
    for (const callback of callbacks) {
      try {
        callback();
      } catch (error) {
        console.error("after-commit callback failed", error);
      }
    }
    return result;
  };
  return wrapped as unknown as F;
}
