import type { Role } from "@/lib/generated/prisma/enums";
import type { LiveEvent } from "@/lib/realtime/types";

/** Who a live stream is for: one person with one article open. */
export type EventViewer = {
  userId: string;
  role: Role;
  projectId: string;
  articleId: string;
  /**
   * Blind annotation hides colleagues' annotations from this viewer
   * (lib/workflow/is-blinded.ts), loaded once when the stream opens: the
   * editor reopens its stream when the person submits.
   */
  blinded: boolean;
};

/**
 * The first of the two filters every stream sends through (stored events and
 * presence alike, catch-up included): a viewer receives the events of their
 * project about the article they have open, and the project-wide ones
 * (articleId null, such as entity changes). A blinded viewer's presence
 * frames lose colleagues' selected annotation ids. Events that name an
 * annotation are then checked against its author by isFrameVisibleToViewer,
 * once the annotation is loaded. Synchronous and pure, so it can run for
 * every event of every stream; what it needs is loaded into the viewer once.
 */
export function filterEventsForViewer(viewer: EventViewer, events: readonly LiveEvent[]): LiveEvent[] {
  const mine = events.filter(
    (event) => event.projectId === viewer.projectId && (event.articleId === null || event.articleId === viewer.articleId),
  );
  return viewer.blinded ? mine.map((event) => hideColleaguesSelections(viewer.userId, event)) : mine;
}

// A blinded viewer still sees who is on the article, not which annotation a
// colleague has selected (its id would point at work they may not see).
// Events that name an annotation are checked against its author once the
// annotation is loaded (isFrameVisibleToViewer).
function hideColleaguesSelections(userId: string, event: LiveEvent): LiveEvent {
  if (event.type !== "presence" || !Array.isArray(event.payload.entries)) return event;
  const entries = (event.payload.entries as Array<{ userId: string; selectedAnnotationId: string | null }>).map((entry) =>
    entry.userId === userId ? entry : { ...entry, selectedAnnotationId: null },
  );
  return { ...event, payload: { ...event.payload, entries } };
}
