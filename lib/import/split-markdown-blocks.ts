import { splitTextBlocks } from "./split-text-blocks";
import { trimBlockEdges } from "./trim-block-edges";
import type { RawBlock } from "./types";

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Splits Markdown into blocks: paragraphs by blank lines, as in plain text,
 * and ATX headings ("## Conclusion") as heading blocks of their own even when
 * no blank line separates them. Only heading syntax is removed; everything
 * else (emphasis, links, list markers) stays as written, because the
 * canonical text is what annotators see and offsets count in. Setext
 * headings and fenced code are not recognised.
 */
export function splitMarkdownBlocks(markdown: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(...splitTextBlocks(pending.join("\n")));
    pending = [];
  };
  for (const line of markdown.split("\n")) {
    const heading = ATX_HEADING.exec(line);
    const text = trimBlockEdges(heading?.[2] ?? "");
    if (heading && text !== "") {
      flush();
      blocks.push({ text, kind: "heading", level: heading[1]?.length ?? 1 });
    } else {
      pending.push(line);
    }
  }
  flush();
  return blocks;
}
