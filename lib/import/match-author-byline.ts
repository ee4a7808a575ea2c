// A personal name: 2–5 capitalised words, allowing particles ("bin", "van")
// and hyphenated or initialled parts ("Mahjar-Barducci", "J.").
const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|al|bin|da|de|del|der|la|le|van|von)){1,4}`;
const NAME_LIST = new RegExp(String.raw`^(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s*(?:[|,–—-].{0,60})?$`, "u");
const BY_LABEL = /^(?:by|written by|words by|reporting by|author)\s*:?\s+/i;
// An author bio: "Anna Mahjar-Barducci is a Senior Research Fellow at MEMRI."
// Must name a writing or research role, or any "X is a …" sentence about a
// person in the story would be taken for the author.
const BIO = new RegExp(
  String.raw`^(${NAME}) is (?:a|an|the) [^.!?]{0,150}\b(?:fellow|editor|correspondent|reporter|journalist|writer|author|analyst|columnist|contributor|professor|researcher|director|scholar|freelancer?)\b[^!?]{0,150}$`,
  "iu",
);

/**
 * The author named by a byline block, or undefined. "By …" lines count
 * anywhere the caller looks; bios only with `allowBio`, which the caller sets
 * for the last block of an article, where outlets put them.
 */
export function matchAuthorByline(text: string, options: { allowBio: boolean }): string | undefined {
  const line = text.trim();
  if (line.includes("\n") || line.length > 300) return undefined;
  const label = BY_LABEL.exec(line);
  if (label) {
    const names = NAME_LIST.exec(line.slice(label[0].length));
    return names?.[1]?.trim();
  }
  if (!options.allowBio) return undefined;
  const bio = BIO.exec(line);
  // The "i" flag lets the role words match any case, but it also loosens
  // \p{Lu}; insist on a capital initial so "he is a …" is not a name.
  const name = bio?.[1];
  return name !== undefined && /^\p{Lu}/u.test(name) && /\s\p{Lu}/u.test(name) ? name : undefined;
}
