import { docToText } from "@/lib/article-content/doc-to-text";
import type { BlockHint, DocJSON } from "@/lib/article-content/types";

// Which blocks of a stored article document are headings, as hints for
// `textToDoc` on a corrected text: a heading whose text the correction left
// alone stays a heading (hints match blocks by content, in order); an edited
// heading becomes a paragraph. A document that is not the shape textToDoc
// makes gives no hints rather than failing the correction.
export function blockHintsFromDoc(content: unknown): BlockHint[] {
  if (typeof content !== "object" || content === null) return [];
  const doc = content as DocJSON;
  if (doc.type !== "doc" || !Array.isArray(doc.content)) return [];
  const hints: BlockHint[] = [];
  for (const block of doc.content) {
    if (block.type !== "heading") {
      hints.push({ text: blockText(block), kind: "paragraph" });
      continue;
    }
    const level = block.attrs?.level;
    hints.push({ text: blockText(block), kind: "heading", level: typeof level === "number" ? level : undefined });
  }
  return hints;
}

function blockText(block: DocJSON): string {
  try {
    return docToText({ type: "doc", content: [block] });
  } catch {
    return "";
  }
}
