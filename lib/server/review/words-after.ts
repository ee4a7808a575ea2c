import { QUOTE_CONTEXT_MAX } from "@/lib/validations/annotation";

// The mirror of wordsBefore for the text after a span. Pure.
export function wordsAfter(suffix: string, maxWords = 6): string {
  let text = suffix.replace(/\s+/g, " ");
  if (Array.from(suffix).length >= QUOTE_CONTEXT_MAX) {
    const space = text.lastIndexOf(" ");
    text = space < 0 ? "" : text.slice(0, space);
  }
  const words = text.split(" ");
  const keep = maxWords + (text.startsWith(" ") ? 1 : 0);
  return words.slice(0, keep).join(" ");
}
