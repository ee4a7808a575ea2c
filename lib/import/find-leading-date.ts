import { parseDateText } from "./parse-date-text";

const LABEL = /^\s*(?:dated?|published(?: on)?|updated(?: on)?|posted(?: on)?|last updated(?: on)?)\s*:?\s+/i;
// "ISLAMABAD, January 7, 2026 —": a place (letters only) and a comma first.
const PLACE = /^\s*\p{Lu}[\p{L}.'’ -]{1,30},\s+/u;
// After an unlabelled date, something that ends a dateline: nothing, a
// dash/colon/bar, or a place name closed by a colon or dash.
const DATELINE_END = /^\s*(?:$|[:–—|(-]|\p{Lu}[\p{L}.'’ -]{0,30}?\s*[:–—-])/u;

/**
 * The date a block opens with, when it opens like a dateline or a
 * "Published:" line: "date 2026-01-07 Islamabad: A video…" gives
 * "2026-01-07". A date that merely starts a sentence ("On January 15, 2026,
 * the…", "January 15, 2026 was…") is content, not a dateline, and is ignored.
 */
export function findLeadingDate(text: string): string | undefined {
  const head = text.slice(0, 160);
  const prefix = LABEL.exec(head) ?? PLACE.exec(head);
  const rest = head.slice(prefix?.[0].length ?? 0);
  // Longest run of up to 8 words that spells a date: "Sunday, February 22,
  // 2026" must win over "Sunday, February 22,".
  const words = rest.match(/\S+/g) ?? [];
  for (let count = Math.min(8, words.length); count > 0; count--) {
    const candidate = words.slice(0, count).join(" ").replace(/[,:;]$/, "");
    const date = parseDateText(candidate);
    if (date === undefined) continue;
    if (prefix) return date;
    const end = rest.indexOf(words[count - 1] ?? "") + (words[count - 1]?.length ?? 0);
    const after = rest.slice(end).replace(/^,/, "");
    return DATELINE_END.test(after) ? date : undefined;
  }
  return undefined;
}
