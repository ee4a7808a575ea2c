/** An event stream body as a text/event-stream response that nothing between server and browser buffers. */
export function eventStreamResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which buffers) away from the stream.
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      // The same for nginx-style proxies.
      "x-accel-buffering": "no",
    },
  });
}
