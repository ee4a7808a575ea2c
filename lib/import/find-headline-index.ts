import { isHeadlineLike } from "./is-headline-like";
import { normalizeForComparison } from "./normalize-for-comparison";
import type { RawBlock } from "./types";

/**
 * Index of the block that is the article's headline, or -1.
 *
 * With a title known from the source's metadata (HTML <meta>, front matter),
 * the headline is the first block repeating it, removed or not, preferring
 * headings (a "Related" link with the same text may come first). Otherwise it
 * is the first headline-like block (see isHeadlineLike) before any prose and
 * followed by some: chrome blocks before it are skipped, and a text that opens
 * with a paragraph (article-001, -003, -004) has no headline line at all.
 */
export function findHeadlineIndex(
  blocks: readonly RawBlock[],
  context: { removed: readonly boolean[]; isContent: readonly boolean[]; knownTitles: readonly string[] },
): number {
  const known = new Set(context.knownTitles.map(normalizeForComparison));
  if (known.size > 0) {
    const matches = (block: RawBlock) => known.has(normalizeForComparison(block.text));
    const heading = blocks.findIndex((block) => block.kind === "heading" && matches(block));
    const match = heading !== -1 ? heading : blocks.findIndex(matches);
    if (match !== -1) return match;
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || context.removed[i]) continue;
    if (isHeadlineLike(block.text) && (block.kind === "paragraph" || block.level === 1)) {
      return context.isContent.some((content, j) => content && j > i) ? i : -1;
    }
    if (context.isContent[i]) return -1;
  }
  return -1;
}
