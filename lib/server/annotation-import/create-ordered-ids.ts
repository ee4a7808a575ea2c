import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * New row ids for rows that had `originalIds` in the file, whose sort order
 * (by UTF-16 code units, as exports sort) matches the originals' order: the
 * originals are ranked and the i-th smallest gets the i-th smallest new id.
 * So exports that order ties by id read the same after a round trip. The ids
 * look like cuids ("c", time, counter, randomness: 25 characters) and are
 * increasing within one call.
 */
export function createOrderedIds(originalIds: readonly string[]): Map<string, string> {
  const unique = [...new Set(originalIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const time = Date.now().toString(36).padStart(9, "0");
  const salt = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(0, 9);
  const ids = new Map<string, string>();
  unique.forEach((original, i) => {
    counter = (counter + 1) % 36 ** 2;
    ids.set(original, `c${time}${i.toString(36).padStart(4, "0")}${counter.toString(36).padStart(2, "0")}${salt}`);
  });
  return ids;
}
