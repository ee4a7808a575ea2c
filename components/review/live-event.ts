// The window event the live client dispatches for every change it receives
// (../shared contract: claimdesk:live-event). Listening is optional: without
// the live client nothing fires and views refresh on their own actions only.
export const LIVE_EVENT = "claimdesk:live-event";

export type LiveEventDetail = {
  id: string;
  type: string;
  actorId: string | null;
  articleId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
};

export function liveEventAnnotationId(event: Event): string | null {
  const detail = (event as CustomEvent<LiveEventDetail | undefined>).detail;
  const id = detail?.payload?.annotationId;
  return typeof id === "string" ? id : null;
}
