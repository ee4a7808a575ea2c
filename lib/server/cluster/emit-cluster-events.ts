import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/server/db-client";
import { recordEvent } from "@/lib/server/event/record-event";

export type ClusterEventSpec = {
  projectId: string;
  actorId: string;
  type: string;
  clusterId: string;
  clusterVersion: number;
  // Every article with a member before or after the change.
  articleIds: readonly string[];
  // The membership changed, if any: its claim's own article gets the claim's
  // id (article streams attach the claim and apply blind annotation to it).
  member?: { id: string; annotationId: string; articleId: string };
  changeId?: string;
};

// One live event per member article (so editors showing a member refresh its
// cluster), or one project-wide event when no article is involved; all carry
// the same changeId so a view that hears several (the project stream) acts
// once. Written in the caller's transaction: delivered only if it commits.
export async function emitClusterEvents(tx: DbClient, spec: ClusterEventSpec): Promise<void> {
  const changeId = spec.changeId ?? randomUUID();
  const base = { clusterId: spec.clusterId, version: spec.clusterVersion, changeId, ...(spec.member ? { memberId: spec.member.id } : {}) };
  const articleIds = [...new Set([...spec.articleIds, ...(spec.member ? [spec.member.articleId] : [])])].sort();
  if (articleIds.length === 0) {
    await recordEvent(tx, { projectId: spec.projectId, articleId: null, type: spec.type, actorId: spec.actorId, payload: base });
    return;
  }
  for (const articleId of articleIds) {
    const own = spec.member && spec.member.articleId === articleId ? { annotationId: spec.member.annotationId } : {};
    await recordEvent(tx, { projectId: spec.projectId, articleId, type: spec.type, actorId: spec.actorId, payload: { ...base, ...own } });
  }
}
