import { trimBlockEdges } from "./trim-block-edges";
import type { RawBlock } from "./types";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption", "caption", "td", "th", "address", "summary"]);
const INLINE_TAGS = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "button"]);
// Never text a reader sees: their content must not become a block.
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed", "select", "textarea", "head"]);

type Run = { text: string; linkChars: number };

/**
 * The text blocks of an HTML subtree, in document order: paragraphs, list
 * items, quotes and headings (with their level), plus loose text sitting
 * directly in containers (a <div> with bare text). Whitespace follows HTML
 * rendering: runs of spaces, tabs and newlines collapse to one space, <br> is
 * a line break, and non-breaking spaces are kept as text.
 */
export function collectHtmlBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  walk(root, blocks);
  return blocks;
}

function walk(container: Element, blocks: RawBlock[]): void {
  let run: Run = { text: "", linkChars: 0 };
  const flush = () => {
    push(blocks, run, { kind: "paragraph" });
    run = { text: "", linkChars: 0 };
  };
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      appendText(run, child.textContent ?? "", false);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if ((INLINE_TAGS.has(tag) || tag === "br") && !hasBlockInside(element)) {
      appendInline(run, element, false);
    } else if (BLOCK_TAGS.has(tag) && !hasBlockInside(element)) {
      flush();
      const own: Run = { text: "", linkChars: 0 };
      appendInline(own, element, false);
      const level = /^h([1-6])$/.exec(tag)?.[1];
      push(blocks, own, level ? { kind: "heading", level: Number(level) } : { kind: "paragraph" });
    } else {
      flush();
      walk(element, blocks);
    }
  }
  flush();
}

function appendInline(run: Run, node: Element, inLink: boolean): void {
  const tag = node.localName.toLowerCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === "br") {
    run.text += "\n";
    return;
  }
  const link = inLink || tag === "a";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) appendText(run, child.textContent ?? "", link);
    else if (child.nodeType === ELEMENT_NODE) appendInline(run, child as Element, link);
  }
}

// HTML collapses ASCII whitespace only; U+00A0 is a visible, kept character.
function appendText(run: Run, text: string, inLink: boolean): void {
  const collapsed = text.replace(/[ \t\n\r\f]+/g, " ");
  run.text += collapsed;
  if (inLink) run.linkChars += collapsed.trim().length;
}

function push(blocks: RawBlock[], run: Run, shape: Pick<RawBlock, "kind" | "level">): void {
  // Lines come from <br>; blank ones would read as block separators.
  const lines = run.text.split("\n").map((line) => line.replace(/^ +| +$/g, "")).filter((line) => line !== "");
  const text = trimBlockEdges(lines.join("\n"));
  if (text === "") return;
  const block: RawBlock = { text, ...shape };
  if (run.linkChars > 0) block.linkDensity = Math.min(1, run.linkChars / text.length);
  blocks.push(block);
}

const BLOCK_SELECTOR = [...BLOCK_TAGS, "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "dl", "table", "figure", "form"].join(",");

function hasBlockInside(element: Element): boolean {
  return element.querySelector(BLOCK_SELECTOR) !== null;
}
