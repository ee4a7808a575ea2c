import { splitWords } from "./split-words";

/**
 * Whether a short block could be a section heading inside an article
 * ("Conclusion", "Terror groups operating with impunity"): one line, at most
 * 12 words, capitalised, not ending like a sentence or clause. Only its
 * position (content on both sides) makes it a heading; see classifyBlocks.
 */
export function isHeadingLike(text: string): boolean {
  if (text.includes("\n") || text.length > 120) return false;
  const words = splitWords(text).length;
  if (words < 1 || words > 12) return false;
  if (/[.,;:!]["'”’)\]]*$/.test(text)) return false;
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text);
}
