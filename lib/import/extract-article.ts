import { classifyBlocks } from "./classify-blocks";
import { detectLanguage } from "./detect-language";
import { extractHtmlBlocks } from "./extract-html-blocks";
import { fallbackTitle } from "./fallback-title";
import { findPublishedDate } from "./find-published-date";
import { readFrontMatter } from "./read-front-matter";
import { rebuildText } from "./rebuild-text";
import { splitMarkdownBlocks } from "./split-markdown-blocks";
import { splitTextBlocks } from "./split-text-blocks";
import { splitTitleSuffix } from "./split-title-suffix";
import type { ArticleMetadata, ExtractedArticle, ImportInput, RawBlock } from "./types";

/**
 * Turns an imported file into the canonical article text, its title and
 * metadata, and the full list of blocks with a keep/drop verdict and reason
 * for each, so the import review can show what was removed and why.
 *
 * Exact text kept. Offsets of annotations are computed on the canonical text,
 * so the importer never rewrites it:
 * - text and markdown: every kept block is exactly a substring of the source
 *   (curly quotes, non-breaking spaces, inner line breaks included). Only
 *   three things are normalised: line endings (CRLF/CR → LF, and a leading
 *   BOM dropped), the whitespace at a block's edges, and the separators
 *   between blocks, which become exactly "\n\n" — so the text has no leading
 *   or trailing blank lines. Markdown heading blocks lose their "#" marks.
 * - html: a block is the rendered text of its element (HTML whitespace
 *   collapsing, <br> as "\n"); entities are decoded, markup is gone.
 *
 * The headline is not part of `text`: it is the title, stored separately,
 * and its block is listed as removed with rule "title" (the user may keep it,
 * and it then enters the body as a heading).
 */
export function extractArticle(input: ImportInput): ExtractedArticle {
  const content = input.content.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const source = readSource(input.kind, content);
  const language = source.metadata.language ?? detectLanguage(source.blocks.map((block) => block.text).join("\n"));
  const classified = classifyBlocks(source.blocks, { english: language === "en", knownTitles: source.titles });
  const { blocks } = classified;

  const metadata: ArticleMetadata = { ...source.metadata };
  const headline = blocks[classified.headlineIndex];
  if (headline && !metadata.title) {
    const { title, outlet } = splitTitleSuffix(headline.text);
    metadata.title = title;
    if (outlet && !metadata.outlet) metadata.outlet = outlet;
  }
  if (!metadata.author && classified.author) metadata.author = classified.author;
  if (!metadata.publishedAt) {
    const publishedAt = findPublishedDate(blocks);
    if (publishedAt) metadata.publishedAt = publishedAt;
  }
  if (!metadata.url) {
    const url = blocks.find((block) => !block.kept && /^https?:\/\/\S+$/.test(block.text))?.text;
    if (url) metadata.url = url;
  }
  if (language && !metadata.language) metadata.language = language;

  const text = rebuildText(blocks);
  return { text, title: metadata.title ?? fallbackTitle(text, input.fileName), metadata, blocks };
}

function readSource(
  kind: ImportInput["kind"],
  content: string,
): { blocks: RawBlock[]; metadata: ArticleMetadata; titles: string[] } {
  if (kind === "html") return extractHtmlBlocks(content);
  if (kind === "markdown") {
    const { metadata, bodyStart } = readFrontMatter(content);
    return {
      blocks: splitMarkdownBlocks(content.slice(bodyStart)),
      metadata,
      titles: metadata.title ? [metadata.title] : [],
    };
  }
  return { blocks: splitTextBlocks(content), metadata: {}, titles: [] };
}
