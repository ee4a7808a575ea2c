import type { SnippetPart } from "./search-hit";

// ts_headline marks matches with these (lib/server/search): control
// characters, which no stored text may contain (lib/validations/safe-string)
// and which the query strips from the source text anyway. The snippet is
// split on them into plain strings, so user text is never parsed as HTML.
export const SNIPPET_START = "\u0002";
export const SNIPPET_STOP = "\u0003";

/**
 * "a \u0002b\u0003 c" → [{a , no}, {b, hit}, { c, no}]. Unbalanced or nested
 * markers cannot come from ts_headline; if they did, a stray stop ends
 * nothing and a stray start runs to the end, so no text is ever lost.
 */
export function parseSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
    text = "";
  };
  for (const char of marked) {
    if (char === SNIPPET_START || char === SNIPPET_STOP) {
      flush();
      hit = char === SNIPPET_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
