import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { BLOCK_SEPARATOR } from "@/lib/article-content/block-separator";

const cache = new WeakMap<ProseMirrorNode, string>();

/**
 * The canonical text of an article document (blocks joined by "\n\n", hard
 * breaks as "\n"), in which UTF-16 offset = ProseMirror position - 1. The
 * document never changes in the annotation editor, so it is read once.
 */
export function canonicalTextOf(doc: ProseMirrorNode): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = doc.textBetween(0, doc.content.size, BLOCK_SEPARATOR, "\n");
    cache.set(doc, text);
  }
  return text;
}
