import type { AnnotationDTO, ClaimEntityDTO } from "@/lib/annotations/annotation-dto";

export type LinkableMention = { mention: AnnotationDTO; entityId: string };

// Mentions inside the claim whose entity the claim does not link yet, one per
// entity (the first in the text): "Biden … Biden" is one entity to link.
// Mentions without an entity cannot be linked and are left to the caller.
export function linkableMentions(mentions: readonly AnnotationDTO[], links: readonly ClaimEntityDTO[]): LinkableMention[] {
  const seen = new Set(links.map((link) => link.entityId));
  const result: LinkableMention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!mention.entityId || mention.deletedAt || seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    result.push({ mention, entityId: mention.entityId });
  }
  return result;
}
