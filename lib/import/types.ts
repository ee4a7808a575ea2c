// Shared shapes of the import pipeline. Types only; grouped in one file (as
// Tiptap extension folders do) because every step speaks them.

export type ImportKind = "text" | "markdown" | "html";

export type ImportInput = {
  kind: ImportKind;
  content: string;
  // Only a last-resort title; never parsed for anything else.
  fileName?: string;
};

// Everything optional: absent means "not found", never a guess. `publishedAt`
// is ISO 8601, a bare date ("2026-01-07") when the source gives no time.
export type ArticleMetadata = {
  title?: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
};

export type BlockKind = "paragraph" | "heading";

// Why a block was kept or removed, as a stable code a UI can group by; the
// block's `reason` says the same for a human.
export type BlockRule =
  | "content" // kept: reads like prose
  | "heading" // kept: a section heading (short line leading into content, or marked up as one)
  | "inside-content" // kept: a short block between content blocks
  | "title" // removed: the headline, stored as the title instead
  | "duplicate" // removed: repeats an earlier block
  | "boilerplate" // removed: site chrome (buttons, counters, weather, ads, comment forms…)
  | "byline" // removed: author line, stored as metadata.author
  | "outside-content" // removed: short or low-scoring block not between content blocks
  | "not-main-content"; // removed (HTML): outside the main content Readability found

export type ImportBlock = {
  // Position among all blocks of the source, removed ones included; the key
  // for keep/drop choices.
  index: number;
  // Exact characters of the source block (see extractArticle for what
  // "exact" means per input kind).
  text: string;
  kind: BlockKind;
  level?: number; // headings only, 1–6
  kept: boolean;
  rule: BlockRule;
  reason: string;
  // Sum of the classifier's signal weights; ≥ 3 reads as prose.
  score: number;
};

export type ExtractedArticle = {
  // Canonical body: kept blocks joined by "\n\n". The title is not part of it.
  text: string;
  // metadata.title, or a fallback so an article always has a name.
  title: string;
  metadata: ArticleMetadata;
  blocks: ImportBlock[];
};

// One reason a block scored as it did, with its weight (see scoreBlock).
export type BlockSignal = { label: string; weight: number };

// A block as a splitter found it, before classification. `preset` carries a
// verdict already reached while splitting (e.g. Readability dropped it).
export type RawBlock = {
  text: string;
  kind: BlockKind;
  level?: number;
  // Share of the block's characters inside links (HTML only).
  linkDensity?: number;
  preset?: { rule: BlockRule; reason: string };
};
