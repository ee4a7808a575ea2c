import type { ImportBlock } from "./types";

/**
 * The canonical text from a block list: kept blocks, in order, joined by one
 * blank line. Block texts never contain a blank line or start or end with a
 * line break, so `textToDoc` (lib/article-content) maps each kept block to
 * exactly one paragraph or heading.
 */
export function rebuildText(blocks: readonly Pick<ImportBlock, "text" | "kept">[]): string {
  return blocks
    .filter((block) => block.kept)
    .map((block) => block.text)
    .join("\n\n");
}
