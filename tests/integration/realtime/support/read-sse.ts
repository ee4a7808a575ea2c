import { createSseParser, type SseFrame } from "@/lib/realtime/create-sse-parser";

export type SseReader = {
  frames: SseFrame[];
  /** Resolves with the first frame (already read or still to come) that matches. */
  next(match: (frame: SseFrame) => boolean): Promise<SseFrame>;
  /** Stored-event frames (those with an id), in arrival order. */
  eventIds(): string[];
};

/** Reads a stream's frames in the background. */
export function readSse(body: ReadableStream<Uint8Array>): SseReader {
  const frames: SseFrame[] = [];
  const waiters: Array<{ match: (f: SseFrame) => boolean; resolve: (f: SseFrame) => void }> = [];
  const parse = createSseParser();
  const decoder = new TextDecoder();
  void (async () => {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done || !value) return;
      for (const frame of parse(decoder.decode(value, { stream: true }))) {
        frames.push(frame);
        for (const w of waiters.splice(0)) {
          if (w.match(frame)) w.resolve(frame);
          else waiters.push(w);
        }
      }
    }
  })();
  return {
    frames,
    next: (match) => {
      const found = frames.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    eventIds: () => frames.flatMap((f) => (f.id ? [f.id] : [])),
  };
}
