// The editor document for an article, as Tiptap/ProseMirror JSON. Only the
// node types that `textToDoc` produces are modelled: the canonical text is
// plain, so the document is a flat list of textblocks whose inline content is
// text and hard breaks. Node names are StarterKit's, so this JSON loads into
// an editor built with StarterKit without conversion.

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type ArticleTextNode = { type: "text"; text: string };

export type ArticleHardBreakNode = { type: "hardBreak" };

export type ArticleInlineNode = ArticleTextNode | ArticleHardBreakNode;

// `content` is omitted for an empty block, as ProseMirror's `toJSON` does, so
// a document survives a trip through an editor and compares equal.
export type ArticleParagraphNode = {
  type: "paragraph";
  content?: ArticleInlineNode[];
};

export type ArticleHeadingNode = {
  type: "heading";
  attrs: { level: HeadingLevel };
  content?: ArticleInlineNode[];
};

export type ArticleBlockNode = ArticleParagraphNode | ArticleHeadingNode;

export type ArticleDoc = { type: "doc"; content: ArticleBlockNode[] };

// What `textToDoc` needs to know about a block beyond its text: whether it is
// a heading. Import blocks (lib/import) satisfy this shape structurally; a
// hint with `kept: false` (a removed import block) is ignored.
export type BlockHint = {
  text: string;
  kind: "paragraph" | "heading";
  level?: number;
  kept?: boolean;
};

// Any editor JSON, e.g. `editor.getJSON()`. Kept loose on purpose: `docToText`
// validates node types itself and rejects what it cannot represent exactly.
export type DocJSON = {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  marks?: unknown[];
};
