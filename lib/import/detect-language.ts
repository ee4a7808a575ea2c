import { ENGLISH_STOPWORDS } from "./english-stopwords";
import { splitWords } from "./split-words";

/**
 * "en" when the text reads as English prose, otherwise undefined. Only
 * English is recognised: it is what the stopword list covers, and a wrong
 * language code is worse than none. 20 words is the least that gives a stable
 * ratio; English prose runs at 0.4–0.5 function words, other Latin-script
 * languages share a few ("a", "in", "die") but stay far below 0.2.
 */
export function detectLanguage(text: string): "en" | undefined {
  const words = splitWords(text);
  if (words.length < 20) return undefined;
  const stopwords = words.filter((word) => ENGLISH_STOPWORDS.has(word)).length;
  return stopwords / words.length >= 0.2 ? "en" : undefined;
}
