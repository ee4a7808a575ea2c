export type EventDeduper = {
  /** True the first time an id is offered (and it is not below what was forgotten); false for a repeat. */
  accept(id: string): boolean;
  /** The highest id accepted so far (or the starting point): what a reconnect asks to continue after. */
  highWater(): string | null;
};

const byValue = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Exactly-once over an at-least-once feed. Event ids are taken at insert but
 * become visible at commit, so a lower id can arrive after a higher one:
 * catch-up re-reads a window behind the high-water mark and this drops what
 * was already delivered. It remembers the last `capacity` ids; anything at
 * or below the largest id it had to forget counts as delivered.
 *
 * `start`: the point a stream starts after (ids at or below it that are
 * offered again, from the re-read window, are new unless already seen).
 */
export function createEventDeduper(start: string | null, capacity = 2000): EventDeduper {
  const seen = new Set<bigint>();
  let high: bigint | null = start === null ? null : BigInt(start);
  let forgottenUpTo: bigint | null = null;

  const forget = () => {
    const sorted = [...seen].sort(byValue);
    const drop = sorted.slice(0, sorted.length - Math.floor(capacity / 2));
    for (const id of drop) seen.delete(id);
    const last = drop[drop.length - 1];
    if (last !== undefined && (forgottenUpTo === null || last > forgottenUpTo)) forgottenUpTo = last;
  };

  return {
    accept(raw) {
      const id = BigInt(raw);
      if (seen.has(id)) return false;
      if (forgottenUpTo !== null && id <= forgottenUpTo) return false;
      seen.add(id);
      if (high === null || id > high) high = id;
      if (seen.size > capacity) forget();
      return true;
    },
    highWater: () => (high === null ? null : String(high)),
  };
}
