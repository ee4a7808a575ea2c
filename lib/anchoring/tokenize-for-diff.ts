// Words (letters, digits and their combining marks), whitespace runs, and any
// other single code point (punctuation, emoji, one regional indicator).
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu;

/**
 * Splits a text into the units `diffTexts` compares. Diffing words rather than
 * characters keeps hunks on word boundaries ("rose" → "fell" is one
 * replacement, not a scatter of shared letters), which is what lets an
 * annotation's ends be carried past an edit, and keeps the diff small.
 * The tokens concatenate back to the text.
 */
export function tokenizeForDiff(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
