/** One message of a text/event-stream: its `event:` (default "message"), `id:` (if any) and joined `data:` lines. */
export type SseFrame = { event: string; id: string | null; data: string };

/**
 * Incremental text/event-stream parser (the WHATWG rules this project's
 * streams use: LF line ends, comments, multi-line data). Feed it chunks as
 * they arrive; it returns the complete frames. For scripts and tests that
 * read streams without a browser's EventSource.
 */
export function createSseParser(): (chunk: string) => SseFrame[] {
  let buffer = "";
  return (chunk) => {
    buffer += chunk;
    const frames: SseFrame[] = [];
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
      let event = "message";
      let id: string | null = null;
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line === "" || line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event = value;
        else if (field === "id") id = value;
        else if (field === "data") data.push(value);
      }
      if (data.length > 0) frames.push({ event, id, data: data.join("\n") });
    }
    return frames;
  };
}
