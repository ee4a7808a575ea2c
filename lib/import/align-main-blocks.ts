import { normalizeForComparison } from "./normalize-for-comparison";
import type { RawBlock } from "./types";

/**
 * Merges the blocks of the whole page with the blocks of its main content
 * (Readability's output), so the user sees everything that was dropped, in
 * page order, and can bring it back.
 *
 * Main blocks are matched to page blocks by text, in order. Page blocks
 * skipped over are marked "not-main-content"; a main block with no match
 * (Readability rewrote it, e.g. wrapped loose text) is kept in place.
 */
export function alignMainBlocks(page: readonly RawBlock[], main: readonly RawBlock[], reason: string): RawBlock[] {
  const merged: RawBlock[] = [];
  const dropped = (block: RawBlock): RawBlock => ({ ...block, preset: { rule: "not-main-content", reason } });
  let next = 0;
  for (const block of main) {
    const key = normalizeForComparison(block.text);
    let found = -1;
    for (let i = next; i < page.length; i++) {
      if (normalizeForComparison(page[i]?.text ?? "") === key) {
        found = i;
        break;
      }
    }
    if (found === -1) {
      merged.push(block);
      continue;
    }
    for (let i = next; i < found; i++) {
      const skipped = page[i];
      if (skipped) merged.push(dropped(skipped));
    }
    // The page's own block keeps its heading level and link density, which
    // Readability may have changed (it demotes <h1> to <h2>).
    merged.push({ ...(page[found] ?? block) });
    next = found + 1;
  }
  for (let i = next; i < page.length; i++) {
    const skipped = page[i];
    if (skipped) merged.push(dropped(skipped));
  }
  return merged;
}
