/**
 * JSON.stringify, plus escapes for U+0085, U+2028 and U+2029. JSON allows
 * them raw, but readers that split on Unicode line breaks (Python's
 * `str.splitlines`, some JS line readers) would cut a record in two there.
 * The escaped form parses back to the same string.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
