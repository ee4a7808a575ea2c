import { isAppError } from "@/lib/errors/app-error";
import { applyBlockChoices } from "@/lib/import/apply-block-choices";
import { contentHash } from "@/lib/import/content-hash";
import { extractArticle } from "@/lib/import/extract-article";
import { findLeadingFieldLabel } from "@/lib/import/find-leading-field-label";
import { rebuildText } from "@/lib/import/rebuild-text";
import type { ImportBlock } from "@/lib/import/types";
import { articleTextSchema } from "@/lib/validations/article-revision";
import type { ArticleImportChoice, ArticlePreviewItem, ImportMetadataDTO, LeadingLabelDTO } from "./article-import-types";
import { importMetadataSchema } from "./import-metadata-schema";
import type { ArticleSource } from "./read-article-sources";

export type BuiltArticle = { item: Omit<ArticlePreviewItem, "duplicateOf">; blocks: ImportBlock[] };

/**
 * Extracts one source and applies the user's choices (kept/dropped blocks,
 * edited metadata) to it: what preview shows and what commit saves, so the
 * two never disagree. Returns a message instead when the result cannot be an
 * article (nothing left, bad metadata, forbidden characters). Pure.
 *
 * A scraped field label heading the first kept block ("date 2026-01-07
 * Islamabad: ") is reported as `leadingLabel` and cut from the text only when
 * the choice (or, without one, `stripLeadingLabels`) says so.
 */
export function buildArticlePreview(source: ArticleSource, choice?: ArticleImportChoice, stripLeadingLabels = false): BuiltArticle | { error: string } {
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle({ kind: source.kind, content: source.content, fileName: source.fileName });
  } catch (error) {
    // Sources no article can come from (HTML nested thousands deep) are this item's error.
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
  const choices: Record<number, boolean> = {};
  for (const [index, keep] of Object.entries(choice?.blocks ?? {})) choices[Number(index)] = keep;
  const chosen = applyBlockChoices(extracted.blocks, choices);
  const first = chosen.find((block) => block.kept);
  const found = first ? findLeadingFieldLabel(first.text) : null;
  const strip = found !== null && (choice?.stripLeadingLabel ?? stripLeadingLabels);
  const leadingLabel: LeadingLabelDTO | null = found && first ? { blockIndex: first.index, ...found, removed: strip } : null;
  // A label that is the whole block takes the block with it.
  const blocks = strip && first && found
    ? chosen.map((block) => (block.index === first.index ? { ...block, text: block.text.slice(found.text.length), kept: block.text.length > found.text.length } : block))
    : chosen;
  const text = articleTextSchema.safeParse(rebuildText(blocks));
  if (!text.success) {
    const message = text.error.issues[0]?.message ?? "The text cannot be imported.";
    return { error: /empty/.test(message) ? "Nothing left to import: every block of text was dropped." : message };
  }
  const detected = extracted.metadata;
  const metadata: ImportMetadataDTO = {
    title: source.given.title ?? extracted.title,
    outlet: source.given.outlet ?? detected.outlet ?? "",
    url: source.given.url ?? detected.url ?? null,
    author: source.given.author ?? detected.author ?? null,
    publishedAt: source.given.publishedAt ?? detected.publishedAt ?? null,
    language: source.given.language ?? detected.language ?? "en",
    ...choice?.metadata,
  };
  const checked = importMetadataSchema.safeParse(metadata);
  if (!checked.success) return { error: checked.error.issues[0]?.message ?? "The metadata is not valid." };
  return {
    blocks,
    item: {
      key: source.key,
      fileName: source.fileName,
      line: source.line,
      importer: source.importer,
      original: source.content,
      text: text.data,
      metadata: checked.data,
      blocks: blocks.map(({ index, text: blockText, kind, level, kept, rule, reason }) => ({
        index,
        text: blockText,
        kind,
        ...(level === undefined ? {} : { level }),
        kept,
        rule,
        reason,
      })),
      leadingLabel,
      contentHash: contentHash(text.data),
    },
  };
}
