const DECIMAL_ID = /^\d{1,19}$/;

/**
 * Where a stream resumes: the `Last-Event-ID` header (sent by a browser's
 * EventSource when it reconnects by itself) wins over `?after=` (sent by our
 * client when it reconnects by hand). Null when neither is given; "invalid"
 * for anything that is not an event id.
 */
export function parseEventCursor(lastEventId: string | null, after: string | null): string | null | "invalid" {
  const raw = lastEventId?.trim() || after?.trim() || null;
  if (raw === null) return null;
  return DECIMAL_ID.test(raw) ? String(BigInt(raw)) : "invalid";
}
