import { hasSurrogates } from "./has-surrogates";

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * Rewrites strings that will be compared with each other so that every code
 * point is exactly one UTF-16 unit: then string indices ARE code-point
 * offsets, and UTF-16 string algorithms (indexOf, approx-string-match's
 * bit-parallel search) count edits per code point and can never cut an emoji
 * in half.
 *
 * BMP characters stay as they are; each distinct astral code point (or lone
 * surrogate) gets its own BMP unit that occurs in none of the strings, taken
 * from the private-use area first. The mapping is shared by all strings of one
 * call and is one-to-one, so equality and edit distance are preserved.
 * Strings without surrogates, the usual case, are returned untouched.
 */
export function toSingleUnitAlphabet(texts: readonly string[]): string[] {
  if (!texts.some(hasSurrogates)) return [...texts];
  const used = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) used.add(text.charCodeAt(i));
  }
  const assigned = new Map<string, string>();
  const free = freeUnits(used);
  return texts.map((text) =>
    text.replace(PAIR, (symbol) => {
      let unit = assigned.get(symbol);
      if (unit === undefined) {
        const next = free.next();
        if (next.done) throw new RangeError("toSingleUnitAlphabet: more distinct characters than BMP units");
        unit = String.fromCharCode(next.value);
        assigned.set(symbol, unit);
      }
      return unit;
    }),
  );
}

function* freeUnits(used: ReadonlySet<number>): Generator<number> {
  const ranges: Array<[number, number]> = [
    [0xe000, 0xffff],
    [0x0100, 0xd7ff],
  ];
  for (const [from, to] of ranges) {
    for (let unit = from; unit <= to; unit++) if (!used.has(unit)) yield unit;
  }
}
