import type { DbClient } from "@/lib/server/db-client";
import { assertEntitiesUsable } from "@/lib/server/entity/assert-entities-usable";
import { assertMentionLinks } from "@/lib/server/annotation/assert-mention-links";
import type { SnapshotFields } from "@/lib/server/annotation-history/snapshot-fields";

type Stored = { id: string; articleId: string; claimEntities: Array<{ entityId: string }> };

// A claim's entity links and evidence as a snapshot had them, made valid for
// today: a link's mention deleted since is dropped from the link (the entity
// stays linked); evidence removed since comes back as new rows.
export async function restoredLinksAndEvidence(tx: DbClient, projectId: string, stored: Stored, s: SnapshotFields) {
  let links: Array<{ entityId: string; role: NonNullable<SnapshotFields["entities"]>[number]["role"]; mentionId: string | null }> | null = null;
  if (s.entities) {
    const mentionIds = s.entities.flatMap((l) => (l.mentionId ? [l.mentionId] : []));
    const liveMentions = new Set(
      (
        await tx.annotation.findMany({ where: { id: { in: mentionIds }, projectId, articleId: stored.articleId, deletedAt: null }, select: { id: true } })
      ).map((m) => m.id),
    );
    links = s.entities.map((l) => ({ ...l, mentionId: l.mentionId && liveMentions.has(l.mentionId) ? l.mentionId : null }));
    const linked = new Set(stored.claimEntities.map((l) => l.entityId));
    await assertEntitiesUsable(
      tx,
      projectId,
      links.flatMap((l, i) => (linked.has(l.entityId) ? [] : [{ field: `entities[${i}].entityId`, entityId: l.entityId }])),
    );
    await assertMentionLinks(tx, projectId, stored.articleId, links);
  }
  let evidence: Array<{ id?: string; url: string; title: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT"; note: string }> | null = null;
  if (s.evidence) {
    const live = new Set((await tx.evidence.findMany({ where: { claimId: stored.id, deletedAt: null }, select: { id: true } })).map((e) => e.id));
    evidence = s.evidence.map(({ id, ...item }) => (live.has(id) ? { id, ...item } : item));
  }
  return { links, evidence };
}
