// Lowercased words as runs of letters or digits with inner apostrophes and
// hyphens, so "Lashkar-e-Taiba" and "Pakistan’s" are one word each and
// bullets or dashes are none.
export function splitWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
}
