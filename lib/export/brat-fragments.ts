import type { CodePointIndex } from "@/lib/anchoring/types";

export type BratFragment = { start: number; end: number; text: string };

/**
 * The pieces of [start, end) (code points) between line breaks: brat keeps an
 * annotation's text on one .ann line, so a span across a paragraph break is
 * written as a discontinuous one ("claim 0 12;14 30"), as brat itself does.
 * Empty pieces are dropped; a span of line breaks only has no fragment.
 */
export function bratFragments(index: CodePointIndex, start: number, end: number): BratFragment[] {
  const fragments: BratFragment[] = [];
  let from = start;
  let at = start;
  for (const ch of index.slice(start, end)) {
    if (ch === "\n" || ch === "\r") {
      if (at > from) fragments.push({ start: from, end: at, text: index.slice(from, at) });
      from = at + 1;
    }
    at++;
  }
  if (end > from) fragments.push({ start: from, end, text: index.slice(from, end) });
  return fragments;
}
