// A line as chrome patterns see it: lowercase, single spaces, without the
// bullets, arrows and punctuation that themes wrap around widget labels
// ("  • Post category:World News", "- Advertisement -", "LEAVE A REPLY »").
export function normalizeChromeLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s•·*|>»«›‹→←\-–—]+/, "")
    .replace(/[\s•·*|>»«›‹→←\-–—:!.]+$/, "")
    .trim();
}
