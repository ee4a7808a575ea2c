import { QUOTE_CONTEXT_MAX } from "@/lib/validations/annotation";

// "A few words" of the text before a span, for lists: the stored prefix
// (up to 32 code points) with whitespace runs collapsed, a word cut by the
// 32-character window dropped, and at most `maxWords` words kept. A space
// next to the span is kept so the quote reads naturally. Pure.
export function wordsBefore(prefix: string, maxWords = 6): string {
  let text = prefix.replace(/\s+/g, " ");
  if (Array.from(prefix).length >= QUOTE_CONTEXT_MAX) {
    const space = text.indexOf(" ");
    text = space < 0 ? "" : text.slice(space + 1);
  }
  const words = text.split(" ");
  const keep = maxWords + (text.endsWith(" ") ? 1 : 0);
  return words.slice(-keep).join(" ");
}
