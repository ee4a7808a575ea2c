import { parseDateText } from "./parse-date-text";

export type LeadingFieldLabel = {
  // The exact characters to remove from the start of the block, trailing
  // separator and spaces included ("date 2026-01-07 Islamabad: ").
  text: string;
  // The field's name as written ("date", "Published").
  field: string;
  publishedAt: string;
  place: string | null;
};

// A field name a scraper leaves in front of the text, lower- or title-case.
const FIELD = /^(date|dated|published(?: on)?|updated(?: on)?|posted(?: on)?|last updated(?: on)?)(\s*:\s*|\s+)/i;
// After the date: an optional place (capitalised words), then ":", "–", "—",
// "-" or "|" and spaces before the text, or the end of the block.
const AFTER = /^(?:\s+(\p{Lu}[\p{L}.'’ -]{0,40}?))?\s*(?:([:–—|-])\s+|([:–—|-]?)\s*$)/u;

/**
 * A scraped field label at the start of a block — a field name, a date and
 * maybe a place, as in "date 2026-01-07 Islamabad: A video…" — which is
 * metadata, not the article's words. Only a labelled field counts: a
 * journalist's dateline ("ISLAMABAD, January 7, 2026 —") is part of the
 * report and stays. Returns what to cut and what it says, or null. The caller
 * removes it only when the user agrees (offsets of later annotations are
 * computed on whatever text is saved).
 */
export function findLeadingFieldLabel(block: string): LeadingFieldLabel | null {
  const field = FIELD.exec(block);
  if (!field) return null;
  const rest = block.slice(field[0].length);
  const words = rest.match(/^(?:\S+\s+){0,7}\S+/)?.[0].split(/\s+/) ?? [];
  for (let count = words.length; count > 0; count--) {
    const candidate = words.slice(0, count).join(" ");
    const date = parseDateText(candidate.replace(/[,;]$/, ""));
    if (date === undefined) continue;
    const dateEnd = rest.indexOf(words[count - 1] as string) + (words[count - 1] as string).length;
    const after = AFTER.exec(rest.slice(dateEnd));
    if (!after) return null;
    return {
      text: block.slice(0, field[0].length + dateEnd + after[0].length),
      field: (field[1] as string).trim(),
      publishedAt: date,
      place: after[1]?.trim() || null,
    };
  }
  return null;
}
