// Whitespace at the edges of a block, which is part of the separator, not of
// the text: "  • Post category" and " date 2026-01-07 Islamabad:" start at
// their first visible character. The same set JS `trim` uses, minus line
// breaks (blocks never start or end with one anyway). Non-breaking spaces
// *inside* a block are text and stay.
const EDGE = /^[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+|[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+$/g;

export function trimBlockEdges(text: string): string {
  return text.replace(EDGE, "");
}
