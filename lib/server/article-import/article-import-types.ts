// The JSON shapes of the article import API, shared by the server and the
// import page (type-only imports there). Never Prisma rows.

import type { BlockKind, BlockRule } from "@/lib/import/types";

export type ArticleImporter = "text" | "markdown" | "html" | "jsonl";

// One uploaded file or pasted text. `content` is absent when the browser
// already knew the file was too large to send (`size` then says how large).
export type ImportFileInput = { name: string; content?: string; size?: number };

export type ImportMetadataDTO = {
  title: string;
  outlet: string;
  url: string | null;
  author: string | null;
  // ISO 8601 date or date-time.
  publishedAt: string | null;
  language: string;
};

export type ImportBlockDTO = {
  index: number;
  text: string;
  kind: BlockKind;
  level?: number;
  // The classifier's verdict; the user's choice is applied on commit.
  kept: boolean;
  rule: BlockRule;
  reason: string;
};

// A scraped field label at the start of the text ("date 2026-01-07
// Islamabad: "), shown in the preview as metadata; `removed` when the user
// agreed to cut it from the text (`stripLeadingLabel`).
export type LeadingLabelDTO = {
  // The block it starts, and its exact characters there.
  blockIndex: number;
  text: string;
  field: string;
  publishedAt: string;
  place: string | null;
  removed: boolean;
};

export type DuplicateOf = { articleId: string; title: string } | { key: string };

export type ArticlePreviewItem = {
  // "0" for file 0, "2:15" for line 15 of JSONL file 2: the key for choices.
  key: string;
  fileName: string;
  line: number | null;
  importer: ArticleImporter;
  // The source as given (HTML as markup, to be shown as text, never rendered).
  original: string;
  // Cleaned text with the classifier's verdicts (or the choices sent).
  text: string;
  metadata: ImportMetadataDTO;
  blocks: ImportBlockDTO[];
  leadingLabel: LeadingLabelDTO | null;
  contentHash: string;
  duplicateOf: DuplicateOf | null;
};

export type ImportItemError = { key: string; fileName: string; line: number | null; message: string };

export type ArticleImportPreview = { items: ArticlePreviewItem[]; errors: ImportItemError[] };

// The user's decisions for one item; items without a choice import as previewed.
export type ArticleImportChoice = {
  key: string;
  include?: boolean;
  // Block index → keep (true) or drop (false).
  blocks?: Record<string, boolean>;
  metadata?: Partial<ImportMetadataDTO>;
  // Cut the leading field label from the text (see LeadingLabelDTO); default:
  // the request's `stripLeadingLabels`, else false (the text stays as given).
  stripLeadingLabel?: boolean;
};

export type ArticleImportResult = {
  // False when the batch had errors and the user did not ask to import the good items.
  saved: boolean;
  created: Array<{ key: string; articleId: string; title: string }>;
  duplicates: Array<{ key: string; fileName: string; duplicateOf: DuplicateOf }>;
  skipped: string[];
  errors: ImportItemError[];
};
