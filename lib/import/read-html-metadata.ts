import { normalizeLanguageTag } from "./normalize-language-tag";
import { normalizePublishedAt } from "./normalize-published-at";
import { splitTitleSuffix } from "./split-title-suffix";
import type { ArticleMetadata } from "./types";

/**
 * Metadata a page declares about itself: Open Graph / article meta tags, the
 * author meta, the canonical link, <html lang> and <title>. A <title> usually
 * ends with the site name ("Story – Outlet"), so it is only used, split, when
 * og:title is missing. Also returns every title candidate, for finding the
 * headline block in the body.
 */
export function readHtmlMetadata(document: Document): { metadata: ArticleMetadata; titles: string[] } {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = element?.getAttribute("content")?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const pageTitle = document.querySelector("title")?.textContent?.trim() || undefined;
  const splitPageTitle = pageTitle === undefined ? undefined : splitTitleSuffix(pageTitle);
  const ogTitle = meta("og:title", "twitter:title");
  const author = meta("author", "article:author", "dc.creator", "byl");

  const metadata: ArticleMetadata = {};
  const title = ogTitle ?? splitPageTitle?.title;
  if (title) metadata.title = title;
  const outlet = meta("og:site_name", "application-name") ?? splitPageTitle?.outlet;
  if (outlet) metadata.outlet = outlet;
  // article:author is often a profile URL rather than a name.
  if (author && !/^https?:\/\//.test(author)) metadata.author = author.replace(/^by\s+/i, "");
  const publishedAt = normalizePublishedAt(
    meta("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "og:published_time") ??
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
  );
  if (publishedAt) metadata.publishedAt = publishedAt;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta("og:url");
  if (url && /^https?:\/\//.test(url)) metadata.url = url;
  const language = normalizeLanguageTag(
    document.documentElement?.getAttribute("lang") ?? meta("og:locale") ?? meta("content-language"),
  );
  if (language) metadata.language = language;

  const titles = [ogTitle, pageTitle, splitPageTitle?.title].filter((t): t is string => Boolean(t));
  return { metadata, titles };
}
