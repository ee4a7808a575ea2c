/**
 * A claim's entity links as its gold copy should carry them. A link pointing
 * at an annotator's mention is moved to the gold mention adjudicated from it
 * (the gold layer must only point into itself); when that mention has no gold
 * counterpart the link keeps the entity and role and drops the mention.
 */
export function remapMentionLinks<L extends { mentionId: string | null }>(links: readonly L[], goldOf: ReadonlyMap<string, string>): L[] {
  return links.map((link) => ({ ...link, mentionId: link.mentionId === null ? null : (goldOf.get(link.mentionId) ?? null) }));
}
