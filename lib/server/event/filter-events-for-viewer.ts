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
 * The one place that decides which live events a viewer may receive (stored
 * events and presence alike: every stream sends through here, catch-up
 * included). Today a project member receives everything about the article
 * they have open and the project-wide changes (articleId null, such as
 * entities). Rules that hide colleagues' work (blind annotation) belong
 * here: they may drop an event or return a copy with less in its payload.
 * Synchronous and pure, so it can run for every event of every stream; a
 * rule that needs data (who has submitted) should have it loaded into the
 * viewer once per stream.
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
