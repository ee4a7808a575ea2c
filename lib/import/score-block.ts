import { ENGLISH_STOPWORDS } from "./english-stopwords";
import { splitWords } from "./split-words";
import type { BlockSignal, RawBlock } from "./types";

/**
 * Scores how much a block reads like article prose, in the spirit of jusText:
 * real paragraphs are long, end like sentences and are dense with function
 * words; chrome is short, unpunctuated, sparse in function words and often
 * link text. Every signal that fires is returned with its weight so the UI can
 * say exactly why a block was kept or dropped. A total of 3 or more reads as
 * prose on its own (a medium paragraph that ends like a sentence); below that
 * the block is "short" and its neighbours decide (see classifyBlocks).
 *
 * Weights, and why:
 *   length ≥ 200 chars +3, ≥ 100 +2, ≥ 50 +1, < 20 −1   prose paragraphs are long
 *   ends like a sentence (. ! ? … maybe + quote) +2       buttons and labels do not
 *   fewer than 4 words −2                                  "Buy now", "New Delhi"
 *   stopword density ≥ 0.30 +1, < 0.10 −2 (≥ 5 words, English only)
 *   several short lines, none a sentence −2              stacked menu items
 *   link text ≥ 50 % −4, ≥ 30 % −2 (HTML only)           link lists
 */
export function scoreBlock(block: RawBlock, options: { english: boolean }): { score: number; signals: BlockSignal[] } {
  const signals: BlockSignal[] = [];
  const add = (label: string, weight: number) => signals.push({ label, weight });
  const text = block.text;
  const words = splitWords(text);
  const lines = text.split("\n");

  if (text.length >= 200) add(`long (${text.length} chars)`, 3);
  else if (text.length >= 100) add(`medium length (${text.length} chars)`, 2);
  else if (text.length >= 50) add(`${text.length} chars`, 1);
  else if (text.length < 20) add(`very short (${text.length} chars)`, -1);

  if (endsLikeSentence(text)) add("ends like a sentence", 2);
  if (words.length < 4) add(`${words.length} word${words.length === 1 ? "" : "s"}`, -2);

  if (options.english && words.length >= 5) {
    const density = words.filter((word) => ENGLISH_STOPWORDS.has(word)).length / words.length;
    if (density >= 0.3) add(`stopword density ${density.toFixed(2)}`, 1);
    else if (density < 0.1) add(`stopword density ${density.toFixed(2)} (not prose)`, -2);
  }

  if (lines.length >= 2 && lines.every((line) => line.trim().length < 40 && !endsLikeSentence(line))) {
    add(`${lines.length} short lines, none a sentence`, -2);
  }

  if (block.linkDensity !== undefined && block.linkDensity >= 0.3) {
    const percent = Math.round(block.linkDensity * 100);
    add(`${percent} % link text`, block.linkDensity >= 0.5 ? -4 : -2);
  }

  return { score: signals.reduce((sum, signal) => sum + signal.weight, 0), signals };
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}
