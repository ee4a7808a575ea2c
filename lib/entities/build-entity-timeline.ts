import { extractDates } from "@/lib/nlp/extract-dates";

export type TimelineClaim = { id: string; exact: string; articlePublishedAt: Date | null };

export type TimelineEntry = {
  claimId: string;
  /** The date as the claim words it ("Monday, October 14"). */
  text: string;
  year: number;
  month: number | null;
  day: number | null;
  /** The claim gives no year: it is the article's publication year. */
  yearFromArticle: boolean;
};

/**
 * An entity's dated claims in calendar order: every calendar date in a
 * claim's words (lib/nlp/extract-dates), one entry each. A date without a
 * year ("October 14") takes its article's publication year, and is left out
 * when the article has none (it cannot be placed). Less precise dates sort
 * before more precise ones of the same period ("2023" before "May 2023"),
 * then by claim id so the order is stable.
 */
export function buildEntityTimeline(claims: readonly TimelineClaim[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const claim of claims) {
    for (const date of extractDates(claim.exact)) {
      const year = date.year ?? claim.articlePublishedAt?.getUTCFullYear();
      if (year === undefined) continue;
      entries.push({ claimId: claim.id, text: date.text, year, month: date.month ?? null, day: date.day ?? null, yearFromArticle: date.year === undefined });
    }
  }
  return entries.sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0) || a.claimId.localeCompare(b.claimId));
}
