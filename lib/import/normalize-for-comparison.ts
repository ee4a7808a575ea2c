// Text as compared for duplicates and title matches: case, whitespace
// (including non-breaking spaces) and dash or quote variants do not make two
// scraped copies of a headline different.
export function normalizeForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
