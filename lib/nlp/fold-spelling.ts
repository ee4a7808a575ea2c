// Folds British spellings onto American ones so "organised"/"organized",
// "honour"/"honor", "stabilisation"/"stabilization" meet. Applied to lower-case
// lemmas on both sides of a comparison, so a rare wrong fold (a word that only
// looks British) is harmless: it is folded the same way everywhere.
export function foldSpelling(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/isation(s?)$/, "ization$1")
    .replace(/is(e|ed|es|ing)$/, "iz$1")
    .replace(/ys(e|ed|es|ing)$/, "yz$1")
    .replace(/our(s?)$/, "or$1")
    .replace(/ll(ed|ing)$/, "l$1")
    .replace(/tre$/, "ter");
}
