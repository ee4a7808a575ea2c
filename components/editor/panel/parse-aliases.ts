// Aliases are typed as one comma-separated line; the entity schema trims and
// de-duplicates them, so this only splits and drops empty pieces (a trailing comma).
export function parseAliases(text: string): string[] {
  return text
    .split(",")
    .map((alias) => alias.trim())
    .filter((alias) => alias !== "");
}
