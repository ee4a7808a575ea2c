import { createParser } from "eventsource-parser";

/** One message of a text/event-stream: its `event:` (default "message"), `id:` (if any) and joined `data:` lines. */
export type SseFrame = { event: string; id: string | null; data: string };

export type SseReader = {
  frames: SseFrame[];
  /** Resolves with the first frame (already read or still to come) that matches. */
  next(match: (frame: SseFrame) => boolean): Promise<SseFrame>;
  /** Stored-event frames (those with an id), in arrival order. */
  eventIds(): string[];
  /** Resolves when the stream ends (the server closed it, or it broke). */
  ended: Promise<void>;
};

/** Reads a stream's frames in the background. */
export function readSse(body: ReadableStream<Uint8Array>): SseReader {
  const frames: SseFrame[] = [];
  const waiters: Array<{ match: (f: SseFrame) => boolean; resolve: (f: SseFrame) => void }> = [];
  const parser = createParser({
    onEvent: (message) => {
      const frame: SseFrame = { event: message.event ?? "message", id: message.id ?? null, data: message.data };
      frames.push(frame);
      for (const w of waiters.splice(0)) {
        if (w.match(frame)) w.resolve(frame);
        else waiters.push(w);
      }
    },
  });
  const decoder = new TextDecoder();
  const ended = (async () => {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done || !value) return;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  })();
  return {
    frames,
    next: (match) => {
      const found = frames.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    eventIds: () => frames.flatMap((f) => (f.id ? [f.id] : [])),
    ended,
  };
}
