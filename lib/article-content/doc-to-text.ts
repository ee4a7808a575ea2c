import { BLOCK_SEPARATOR } from "./block-separator";
import type { DocJSON } from "./types";

/**
 * The canonical text of an editor document: textblocks (paragraph, heading)
 * joined by "\n\n", hardBreak as "\n". Exact inverse of `textToDoc`.
 *
 * Marks are ignored (they style text, they do not change it). Any other node
 * type throws: silently dropping or inventing characters would shift every
 * stored offset after it, which is worse than failing loudly.
 */
export function docToText(doc: DocJSON): string {
  if (doc.type !== "doc") throw new Error(`docToText: expected a doc node, got "${String(doc.type)}"`);
  // A doc with no blocks has no text; ProseMirror itself never produces one
  // for StarterKit (doc requires block+), but hand-written JSON may.
  return (doc.content ?? []).map(blockText).join(BLOCK_SEPARATOR);
}

function blockText(block: DocJSON): string {
  if (block.type !== "paragraph" && block.type !== "heading") {
    throw new Error(`docToText: unsupported block node "${String(block.type)}"`);
  }
  return (block.content ?? []).map(inlineText).join("");
}

function inlineText(node: DocJSON): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  throw new Error(`docToText: unsupported inline node "${String(node.type)}"`);
}
