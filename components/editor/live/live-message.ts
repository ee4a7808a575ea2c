import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { LiveEvent, PresenceEntry } from "@/lib/realtime/types";

/** The data of a stored event on the article's stream: the event and the current state of the annotation it names. */
export type LiveMessage = { event: LiveEvent; annotation: AnnotationDTO | null };

/** The data of an `event: presence` message: everyone with the article open, one entry per connection. */
export type PresenceRoster = { entries: PresenceEntry[] };

export type LiveStatus = "connecting" | "live" | "reconnecting";

/** The window event other components listen to (docs: the live-events contract). */
export const LIVE_EVENT_NAME = "claimdesk:live-event";
