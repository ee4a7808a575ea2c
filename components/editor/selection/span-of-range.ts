import type { CodePointIndex } from "@/lib/anchoring/types";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import type { PositionRange } from "@/lib/tiptap/article-selection/types";
import { quoteInIndex } from "./quote-in-index";

export type CodePointSpan = { start: number; end: number; exact: string; prefix: string; suffix: string };

/**
 * The editor boundary: ProseMirror positions → UTF-16 offsets (pos - 1) →
 * code points, with the quote selector the API stores. Null if a boundary
 * would split a surrogate pair (never the case for selections ProseMirror
 * makes, which stop at character boundaries).
 */
export function spanOfRange(index: CodePointIndex, range: PositionRange): CodePointSpan | null {
  try {
    const start = index.toCodePoint(docPosToTextOffset(index.text, range.from));
    const end = index.toCodePoint(docPosToTextOffset(index.text, range.to));
    if (end <= start) return null;
    return { start, end, ...quoteInIndex(index, start, end) };
  } catch {
    return null;
  }
}
