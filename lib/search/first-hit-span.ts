import { parseSnippet } from "./parse-snippet";

// The separator between an article snippet's passages (ts_headline's FragmentDelimiter).
export const FRAGMENT_DELIMITER = " … ";

// The code-point span of an article's first marked word: the first hit of
// the snippet's first fragment, which starts at `fragmentAt` (1-based).
export function firstHitSpan(snippet: string, fragmentAt: number | null): { start: number; end: number } | null {
  if (!fragmentAt || fragmentAt < 1) return null;
  const parts = parseSnippet(snippet.split(FRAGMENT_DELIMITER)[0] ?? "");
  let offset = fragmentAt - 1;
  for (const part of parts) {
    const length = [...part.text].length;
    if (part.hit) return { start: offset, end: offset + length };
    offset += length;
  }
  return null;
}
