// Abbreviations an article defines itself, "Long Form (LF)": the long form is
// the shortest run of words before the brackets whose initials (hyphenated
// parts counted separately: "Lashkar-e-Taiba" → L, E, T) spell the
// abbreviation (after Schwartz & Hearst 2003).
export function findAbbreviations(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) {
    const short = match[1] ?? "";
    const letters = short.toLowerCase();
    const before = text.slice(Math.max(0, match.index - 120), match.index).trimEnd();
    const words = before.split(/\s+/).filter(Boolean).slice(-(letters.length + 4));
    for (let from = words.length - 1; from >= 0; from--) {
      const run = words.slice(from);
      const initials = run
        .flatMap((w) => w.split(/[-‐]/))
        .map((p) => p.replace(/^[^\p{L}]+/u, "")[0]?.toLowerCase() ?? "")
        .join("");
      if (initials === letters) {
        found.set(short, run.join(" ").replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
        break;
      }
      if (initials.length > letters.length) break;
    }
  }
  return found;
}

// The text with every name the article abbreviates written as its
// abbreviation ("Pakistan-occupied Kashmir (PoK)" and "Pakistan-occupied
// Kashmir" both become "PoK"), so one name is one term however a sentence
// spells it and a four-word name does not outweigh the rest of the sentence.
export function foldAbbreviations(text: string, definitions: ReadonlyMap<string, string>): string {
  let folded = text;
  for (const [short, long] of definitions) {
    folded = folded.split(`${long} (${short})`).join(short).split(long).join(short);
  }
  return folded;
}
