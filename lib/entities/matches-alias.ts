// Whether a mention's covered text is this alias, as a reader would say it:
// case, Unicode composition and runs of white space do not count (a line
// break inside a name in the article is still the name).
export function matchesAlias(exact: string, alias: string): boolean {
  const fold = (text: string) => text.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("en");
  return fold(exact) === fold(alias);
}
