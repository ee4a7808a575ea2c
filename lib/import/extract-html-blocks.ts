import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import sanitizeHtml from "sanitize-html";
import { alignMainBlocks } from "./align-main-blocks";
import { AppError } from "@/lib/errors/app-error";
import { collectHtmlBlocks } from "./collect-html-blocks";
import { htmlNestingDepth } from "./html-nesting-depth";
import { normalizeLanguageTag } from "./normalize-language-tag";
import { normalizePublishedAt } from "./normalize-published-at";
import { readHtmlMetadata } from "./read-html-metadata";
import type { ArticleMetadata, RawBlock } from "./types";

// Only structure survives into the block walk: no attributes at all (so no
// event handlers, styles or javascript: URLs), and the text of scripts,
// styles, frames and form controls is dropped, not unwrapped.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "table", "caption", "thead", "tbody", "tr", "td", "th", "div", "section", "article", "br", "a", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup", "mark", "q", "cite", "code", "span", "time", "abbr"],
  allowedAttributes: {},
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "template", "svg", "math", "object", "embed", "select", "button", "title"],
};

// Real pages nest a few dozen levels; the tools below recurse per level and
// slow down with the square of the depth (about 0.5 s at 200 levels).
export const HTML_DEPTH_MAX = 200;

// Page regions that are never the article, for when Readability gives up.
const CHROME_REGIONS = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";

/**
 * Blocks and metadata of an HTML page. Readability picks the main content;
 * every other text block of the page is still listed, marked
 * "not-main-content", so the import review shows what was dropped.
 * Nothing from the page is ever rendered: it is parsed (linkedom does not run
 * scripts), sanitised, and reduced to plain text blocks.
 */
export function extractHtmlBlocks(html: string): { blocks: RawBlock[]; metadata: ArticleMetadata; titles: string[] } {
  if (htmlNestingDepth(html, HTML_DEPTH_MAX) > HTML_DEPTH_MAX) {
    throw new AppError("BAD_REQUEST", `The HTML nests elements more than ${HTML_DEPTH_MAX} levels deep; no article page does. Import its text instead.`);
  }
  const page = parseDocument(html);
  const { metadata, titles } = readHtmlMetadata(page);
  const pageBlocks = collectHtmlBlocks(page.body ?? page.documentElement);

  const article = new Readability(parseDocument(html)).parse();
  const mainHtml = article?.content ? sanitizeHtml(article.content, SANITIZE) : "";
  let mainBlocks = mainHtml ? collectHtmlBlocks(parseDocument(mainHtml).body) : [];
  let reason = "Outside the main content Readability found";
  if (mainBlocks.length === 0) {
    const fallback = parseDocument(html);
    for (const region of Array.from(fallback.querySelectorAll(CHROME_REGIONS))) region.remove();
    mainBlocks = collectHtmlBlocks(fallback.body ?? fallback.documentElement);
    reason = "In the page's navigation, header, footer or sidebar";
  }

  // The page's own declarations win; Readability's (from JSON-LD and
  // bylines) fill the gaps.
  if (article?.title && !titles.includes(article.title)) titles.push(article.title);
  if (!metadata.title && article?.title) metadata.title = article.title;
  if (!metadata.outlet && article?.siteName) metadata.outlet = article.siteName;
  if (!metadata.author && article?.byline) metadata.author = article.byline.replace(/^by\s+/i, "").trim();
  metadata.publishedAt ??= normalizePublishedAt(article?.publishedTime);
  metadata.language ??= normalizeLanguageTag(article?.lang);
  for (const key of Object.keys(metadata) as Array<keyof ArticleMetadata>) {
    if (metadata[key] === undefined) delete metadata[key];
  }

  return { blocks: alignMainBlocks(pageBlocks, mainBlocks, reason), metadata, titles };
}

// linkedom builds a broken tree from a fragment, so bare fragments are
// wrapped into a document first.
function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html)
    ? html
    : /<body[\s>]/i.test(html)
      ? `<!doctype html><html>${html}</html>`
      : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}
