import type { LiveEvent } from "@/lib/realtime/types";
import { listProjectEventsSince } from "./list-project-events-since";

/**
 * The stored events of an article (and the project-wide ones) a client that
 * saw everything up to `after` may have missed (see listProjectEventsSince).
 * Not a permission boundary: the caller has checked access and filters for
 * the viewer.
 */
export function listEventsSince(scope: { projectId: string; articleId: string }, after: string, now = new Date()): Promise<LiveEvent[]> {
  return listProjectEventsSince(scope.projectId, { OR: [{ articleId: scope.articleId }, { articleId: null }] }, after, now);
}
