import { MAX_NOTIFY_BYTES } from "./live-channel";
import type { BusMessage } from "./types";

/** What goes on the wire when an event is too big for NOTIFY: its id, read back by the listener. */
export type EventReference = { kind: "event-ref"; id: string };

/**
 * The NOTIFY payload of a bus message: its JSON, or for an event too big
 * for NOTIFY (payloads are meant to be small, but nothing enforces it) a
 * reference the listening side resolves from the Event table.
 */
export function encodeNotifyPayload(message: BusMessage): string {
  const text = JSON.stringify(message);
  if (Buffer.byteLength(text, "utf8") <= MAX_NOTIFY_BYTES) return text;
  if (message.kind !== "event") throw new Error(`live message too big for NOTIFY (${message.kind})`);
  const reference: EventReference = { kind: "event-ref", id: message.event.id };
  return JSON.stringify(reference);
}
