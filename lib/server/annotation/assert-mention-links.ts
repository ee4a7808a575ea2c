import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

type Link = { entityId: string; mentionId: string | null };

// A claim's entity link may point at the mention that names the entity: an
// ENTITY_MENTION of the same article, not deleted, and not a mention of some
// other entity.
export async function assertMentionLinks(tx: DbClient, projectId: string, articleId: string, links: readonly Link[]): Promise<void> {
  const ids = [...new Set(links.flatMap((link) => (link.mentionId ? [link.mentionId] : [])))];
  if (ids.length === 0) return;
  const mentions = await tx.annotation.findMany({
    where: { projectId, id: { in: ids } },
    select: { id: true, articleId: true, kind: true, entityId: true, deletedAt: true },
  });
  links.forEach((link, index) => {
    if (!link.mentionId) return;
    const field = `entities[${index}].mentionId`;
    const mention = mentions.find((m) => m.id === link.mentionId);
    if (!mention || mention.articleId !== articleId) {
      throw new AppError("BAD_REQUEST", `${field} "${link.mentionId}" is not an annotation of this article.`);
    }
    if (mention.kind !== "ENTITY_MENTION") throw new AppError("BAD_REQUEST", `${field} must be an entity mention, not a claim.`);
    if (mention.deletedAt) throw new AppError("BAD_REQUEST", `${field}: that mention has been deleted.`);
    if (mention.entityId && mention.entityId !== link.entityId) {
      throw new AppError("BAD_REQUEST", `${field} is a mention of another entity than entities[${index}].entityId.`);
    }
  });
}
