import { BLOCK_SEPARATOR } from "./block-separator";
import type {
  ArticleBlockNode,
  ArticleDoc,
  ArticleHeadingNode,
  ArticleInlineNode,
  BlockHint,
  HeadingLevel,
} from "./types";

/**
 * Builds the editor document for a canonical article text.
 *
 * Total for every string, and `docToText` inverts it exactly: the text is cut
 * at every "\n\n" (left to right, so "\n\n\n" is an empty block followed by a
 * block starting with a line break, and "\n\n\n\n" yields an empty block), and
 * every remaining "\n" becomes a hardBreak. Splitting on a separator and
 * joining on it again always returns the original string, so no text is
 * canonical "by convention": leading, trailing or repeated blank lines simply
 * become empty paragraphs.
 *
 * `blocks` marks headings. Hints are matched to the text's blocks by content
 * and in order, skipping hints marked `kept: false`, so callers may pass all
 * import blocks or only the kept ones; a block with no matching hint is a
 * paragraph.
 */
export function textToDoc(text: string, blocks?: readonly BlockHint[]): ArticleDoc {
  const hints = blocks ?? [];
  let nextHint = 0;
  const content = text.split(BLOCK_SEPARATOR).map((part): ArticleBlockNode => {
    const found = findHint(hints, nextHint, part);
    if (found !== -1) nextHint = found + 1;
    const hint = found === -1 ? undefined : hints[found];
    const inline = toInline(part);
    if (hint?.kind === "heading") {
      const heading: ArticleHeadingNode = { type: "heading", attrs: { level: toHeadingLevel(hint.level) } };
      if (inline.length > 0) heading.content = inline;
      return heading;
    }
    return inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" };
  });
  return { type: "doc", content };
}

function findHint(hints: readonly BlockHint[], from: number, part: string): number {
  for (let i = from; i < hints.length; i++) {
    const hint = hints[i];
    if (hint && hint.kept !== false && hint.text === part) return i;
  }
  return -1;
}

// ProseMirror forbids empty text nodes, so empty segments around a line break
// are dropped; the hardBreak alone carries the "\n".
function toInline(part: string): ArticleInlineNode[] {
  const inline: ArticleInlineNode[] = [];
  part.split("\n").forEach((segment, i) => {
    if (i > 0) inline.push({ type: "hardBreak" });
    if (segment !== "") inline.push({ type: "text", text: segment });
  });
  return inline;
}

// Headings found in plain text carry no level; 2 leaves 1 to the title, which
// is stored apart from the body.
function toHeadingLevel(level: number | undefined): HeadingLevel {
  if (level === undefined || !Number.isInteger(level)) return 2;
  return Math.min(6, Math.max(1, level)) as HeadingLevel;
}
