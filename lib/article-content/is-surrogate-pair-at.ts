// True when `text[index]` and `text[index + 1]` form one astral code point.
// A lone surrogate (ill-formed UTF-16) is not a pair and counts on its own.
export function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
