import { CHROME_LINE_PATTERNS } from "./chrome-line-patterns";
import { normalizeChromeLine } from "./normalize-chrome-line";
import { parseDateText } from "./parse-date-text";

const MAX_CHROME_LINE = 100;
const DATE_LABEL = /^(published|updated|posted|last updated|first published|date)( on)?\s*:?\s*/;

/**
 * Why a block is site chrome, from its lines, or undefined when it is not.
 * A block counts only when no line in it is prose (long and ending like a
 * sentence): a paragraph that happens to contain "Share" is kept, and the
 * whole block is either chrome or not because its text must stay exact.
 */
export function findChromeLine(text: string): { label: string; line: string } | undefined {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  if (lines.some(isProseLine)) return undefined;
  for (const line of lines) {
    if (line.length > MAX_CHROME_LINE) continue;
    const normalized = normalizeChromeLine(line);
    if (parseDateText(normalized.replace(DATE_LABEL, "")) !== undefined) return { label: "date line", line };
    for (const { label, pattern } of CHROME_LINE_PATTERNS) {
      if (pattern.test(normalized)) return { label, line };
    }
    if (isShoutedLine(line)) return { label: "short all-caps line", line };
  }
  return undefined;
}

function isProseLine(line: string): boolean {
  return line.length >= 80 && /[.!?…]["'”’)\]]*$/.test(line);
}

// "LEAVE A REPLY", "STORY CONTINUES BELOW THIS AD": widget labels set in
// capitals. Acronym-only lines ("LET", "PMML") are not words enough to judge.
function isShoutedLine(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 && words.length <= 10 && !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line);
}
