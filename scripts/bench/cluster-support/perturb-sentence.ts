import type { Random } from "@/scripts/bench/support/seeded-random";

const syllables = ["ka", "ro", "mi", "tan", "vel", "sor", "din", "ha", "lu", "bek", "zar", "on", "pe", "qui", "mar", "tes", "ul", "no", "gri", "fa"];

// A pool of invented proper names ("Karotan", "Velsor"), so synthetic
// articles name many different people and places as real ones do.
export function inventNames(count: number, random: Random): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const word = Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join("");
    names.add(word[0]!.toUpperCase() + word.slice(1));
  }
  return [...names];
}

// A corpus sentence told about other people, places and numbers: each
// capitalised word after the first becomes an invented name (the same
// replacement within one article, so an article stays about its own cast),
// each number another number.
export function perturbSentence(sentence: string, cast: Map<string, string>, names: readonly string[], random: Random): string {
  return sentence
    .replace(/(?<=\s)\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)*/gu, (word) => {
      if (!cast.has(word)) cast.set(word, random.pick(names));
      return cast.get(word)!;
    })
    .replace(/\b\d{1,4}\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + random.next())))));
}
