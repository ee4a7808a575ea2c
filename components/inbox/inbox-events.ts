// Dispatched on window when the inbox changes on this page (marked read), so
// the header badge updates at once instead of at its next poll.
export const INBOX_CHANGED_EVENT = "claimdesk:inbox-changed";

export function announceInboxChanged(unread: number): void {
  window.dispatchEvent(new CustomEvent(INBOX_CHANGED_EVENT, { detail: { unread } }));
}
