export type MergeableFields = { name: string; aliases: readonly string[]; description: string; externalId: string | null };

const key = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase("en");

/**
 * What the target of a merge looks like afterwards: it keeps its own name,
 * type, description and external id; the source's name and aliases become
 * aliases (after the target's own, in order, case-insensitive duplicates and
 * the target's name left out); the source's description and external id fill
 * the target's only where it has none. Nothing of the source is lost, and
 * nothing of the target is overwritten.
 */
export function mergedEntityFields(target: MergeableFields, source: MergeableFields): MergeableFields {
  const seen = new Set([key(target.name)]);
  const aliases: string[] = [];
  for (const alias of [...target.aliases, source.name, ...source.aliases]) {
    if (seen.has(key(alias))) continue;
    seen.add(key(alias));
    aliases.push(alias);
  }
  return {
    name: target.name,
    aliases,
    description: target.description.trim() === "" ? source.description : target.description,
    externalId: target.externalId ?? source.externalId,
  };
}
