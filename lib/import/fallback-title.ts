import { findLeadingDate } from "./find-leading-date";

const MAX_LENGTH = 100;

/**
 * A name for an article without a headline: its first sentence, cut at a
 * word boundary to 100 characters, without a leading dateline; else the file
 * name without extension; else "Untitled article". Only ever displayed, never
 * stored as metadata.title, so a real title found later is not shadowed.
 */
export function fallbackTitle(text: string, fileName?: string): string {
  const firstBlock = text.split("\n")[0]?.trim() ?? "";
  const withoutDateline = findLeadingDate(firstBlock)
    ? firstBlock.replace(/^[^:–—]{0,80}?[:–—]\s*/, "")
    : firstBlock;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(withoutDateline)?.[0] ?? withoutDateline;
  if (sentence !== "") return truncate(sentence);
  const stem = fileName?.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").trim();
  return stem || "Untitled article";
}

function truncate(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  // One character is left for the ellipsis; a space right after the cut
  // still counts as a word boundary, hence slicing one past it.
  const head = text.slice(0, MAX_LENGTH);
  const space = head.lastIndexOf(" ");
  const cut = space >= 40 ? head.slice(0, space) : head.slice(0, MAX_LENGTH - 1);
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}
