import { trimBlockEdges } from "./trim-block-edges";
import type { RawBlock } from "./types";

/**
 * Splits plain text into paragraph-level blocks.
 *
 * Runs of non-blank lines (a line of only whitespace is blank) form a chunk.
 * A chunk is one block, its inner line breaks kept as they are, unless it is
 * a stack of paragraphs written one per line: then each line is a block.
 * That is the case when at least two, and at least half, of its lines are
 * sentences of 40+ characters (article-001 and -004 are written that way,
 * with short section headings between). A hard-wrapped paragraph or a widget
 * stack ("Please enter your comment!\nPlease enter your name here") rarely
 * ends its lines with sentences, so it stays whole, line breaks included.
 *
 * Expects "\n" line endings (extractArticle normalises them).
 */
export function splitTextBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const chunk of splitChunks(text)) {
    const sentences = chunk.filter((line) => isSentenceLine(line)).length;
    const parts = sentences >= 2 && sentences * 2 >= chunk.length ? chunk : [chunk.join("\n")];
    for (const part of parts) {
      const trimmed = trimBlockEdges(part);
      if (trimmed !== "") blocks.push({ text: trimmed, kind: "paragraph" });
    }
  }
  return blocks;
}

function splitChunks(text: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*$/.test(line)) {
      if (current.length > 0) chunks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function isSentenceLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 40 && /[.!?…]["'”’)\]]*$/.test(trimmed);
}
