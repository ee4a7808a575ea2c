import { splitWords } from "./split-words";

/**
 * Whether a block looks like a news headline: one line of 3–25 words that
 * starts with a capital (or digit or quote) and does not end like a sentence
 * or a clause. A question mark is allowed: headlines ask questions.
 */
export function isHeadlineLike(text: string): boolean {
  if (text.includes("\n") || text.length > 200) return false;
  const words = splitWords(text).length;
  if (words < 3 || words > 25) return false;
  if (/[.,;:!]["'”’)\]]*$/.test(text)) return false;
  if (/^by\s/i.test(text)) return false;
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text);
}
