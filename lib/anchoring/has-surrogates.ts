const SURROGATE = /[\uD800-\uDFFF]/;

// Text without any surrogate has as many code points as UTF-16 units, so every
// conversion is the identity; a native regex scan finds that out far faster
// than a JS loop over the string.
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}
