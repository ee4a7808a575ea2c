// Long claims would push every field below the fold, so the header shows the
// start of the quote. Counted in code points so an emoji is never split, and
// cut at a word boundary when one is near, so no half word is shown.
export function truncateQuote(text: string, maxCodePoints: number): { text: string; truncated: boolean } {
  const chars = Array.from(text);
  if (chars.length <= maxCodePoints) return { text, truncated: false };
  const head = chars.slice(0, maxCodePoints).join("");
  const lastSpace = head.search(/\s\S*$/u);
  const cut = lastSpace > head.length * 0.6 ? head.slice(0, lastSpace) : head;
  return { text: `${cut.trimEnd()}…`, truncated: true };
}
