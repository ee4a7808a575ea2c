import { findLeadingDate } from "./find-leading-date";
import { normalizeChromeLine } from "./normalize-chrome-line";
import { parseDateText } from "./parse-date-text";
import type { ImportBlock } from "./types";

const PUBLISHED_LABEL = /^\s*(?:published|posted|first published)(?: on)?\s*:?\s+/i;

/**
 * The publication date a plain text states, best evidence first:
 * 1. a "Published: …" line anywhere;
 * 2. a dateline opening the first kept block ("date 2026-01-07 Islamabad:");
 * 3. a date-only line in the chrome before the text ("Sunday, February 22,
 *    2026" in a site header). That one may be the day the page was scraped
 *    rather than published, which is why it comes last.
 * Dates inside sentences are never used: "On January 15, 2026, the…" is news.
 */
export function findPublishedDate(blocks: readonly ImportBlock[]): string | undefined {
  const lines = (block: ImportBlock) => block.text.split("\n");
  for (const block of blocks) {
    for (const line of lines(block)) {
      if (PUBLISHED_LABEL.test(line) && line.length <= 120) {
        const date = findLeadingDate(line);
        if (date) return date;
      }
    }
  }
  const firstKept = blocks.findIndex((block) => block.kept);
  const dateline = firstKept === -1 ? undefined : findLeadingDate(blocks[firstKept]?.text ?? "");
  if (dateline) return dateline;
  const header = firstKept === -1 ? blocks : blocks.slice(0, firstKept);
  for (const block of header) {
    if (block.kept || block.rule !== "boilerplate") continue;
    for (const line of lines(block)) {
      const date = parseDateText(normalizeChromeLine(line).replace(/^(updated|date)( on)?\s*:?\s*/, ""));
      if (date) return date;
    }
  }
  return undefined;
}
