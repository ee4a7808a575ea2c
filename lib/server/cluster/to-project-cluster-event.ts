import type { LiveEvent } from "@/lib/realtime/types";

/**
 * What the project-level cluster stream says about a stored cluster event:
 * which cluster changed, how, by whom. One change is stored once per member
 * article; the stream sends the first it sees of each changeId, without the
 * article or claim it was stored for (a blinded annotator must not learn
 * where colleagues' hidden claims are). The page re-reads the cluster, which
 * applies blind annotation to its members. Null for anything else.
 */
export function toProjectClusterEvent(event: LiveEvent, projectId: string): LiveEvent | null {
  if (event.projectId !== projectId || !event.type.startsWith("cluster.")) return null;
  const { clusterId, version, changeId } = event.payload;
  if (typeof clusterId !== "string") return null;
  return { ...event, articleId: null, payload: { clusterId, version, changeId: typeof changeId === "string" ? changeId : event.id } };
}
