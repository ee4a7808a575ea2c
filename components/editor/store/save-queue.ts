/** "again": more to send for this key now; "retry": failed in a way worth retrying later. */
export type RunOutcome = "done" | "again" | "retry";

export type SaveQueueOptions = {
  /** Sends whatever the key needs next; never runs twice at once for one key. */
  run: (key: string) => Promise<RunOutcome>;
  /** Wait before retry number `failures` (1, 2, …). */
  backoff?: (failures: number) => number;
};

export type SaveQueue = {
  /** Run for `key` after `delayMs`; a later call replaces the wait (debounce). */
  schedule(key: string, delayMs: number): void;
  /** Run now every key that is waiting (debounce or backoff); all keys, or one. */
  flush(key?: string): void;
  /** Keys with work scheduled, running or waiting to retry. */
  busyKeys(): string[];
  dispose(): void;
};

type Entry = { timer: ReturnType<typeof setTimeout> | null; running: boolean; rerunDelay: number | null; failures: number };

/** 1 s, 2 s, 4 s … capped at 30 s. */
export function defaultBackoff(failures: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
}

/**
 * Serialises saves per key (one annotation's requests never overlap, so each
 * carries the version the previous one returned), debounces bursts of edits,
 * and retries failures with exponential backoff. What to send is decided by
 * `run` at the moment it runs, so edits made while waiting are folded into
 * one request instead of queued one by one.
 */
export function createSaveQueue({ run, backoff = defaultBackoff }: SaveQueueOptions): SaveQueue {
  const entries = new Map<string, Entry>();
  let disposed = false;

  const entryOf = (key: string): Entry => {
    let entry = entries.get(key);
    if (!entry) {
      entry = { timer: null, running: false, rerunDelay: null, failures: 0 };
      entries.set(key, entry);
    }
    return entry;
  };

  const wait = (key: string, entry: Entry, delayMs: number) => {
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => start(key), delayMs);
  };

  const start = (key: string) => {
    const entry = entries.get(key);
    if (!entry || entry.running || disposed) return;
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = null;
    entry.running = true;
    run(key).then(
      (outcome) => finish(key, outcome),
      () => finish(key, "retry"),
    );
  };

  const finish = (key: string, outcome: RunOutcome) => {
    const entry = entries.get(key);
    if (!entry || disposed) return;
    entry.running = false;
    const rerun = entry.rerunDelay;
    entry.rerunDelay = null;
    if (outcome === "retry") {
      entry.failures += 1;
      wait(key, entry, backoff(entry.failures));
      return;
    }
    entry.failures = 0;
    if (outcome === "again") wait(key, entry, 0);
    else if (rerun !== null) wait(key, entry, rerun);
    else entries.delete(key);
  };

  return {
    schedule: (key, delayMs) => {
      if (disposed) return;
      const entry = entryOf(key);
      if (entry.running) {
        entry.rerunDelay = entry.rerunDelay === null ? delayMs : Math.min(entry.rerunDelay, delayMs);
        return;
      }
      wait(key, entry, delayMs);
    },
    flush: (key) => {
      for (const [k, entry] of entries) {
        if ((key === undefined || k === key) && !entry.running) start(k);
      }
    },
    busyKeys: () => [...entries.keys()],
    dispose: () => {
      disposed = true;
      for (const entry of entries.values()) if (entry.timer !== null) clearTimeout(entry.timer);
      entries.clear();
    },
  };
}
