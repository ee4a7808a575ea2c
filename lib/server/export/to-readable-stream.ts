/**
 * A web stream that pulls from `chunks` only when the consumer wants more,
 * so a slow client slows the export (backpressure) instead of buffering it;
 * cancelling the response (client gone, download aborted) closes the
 * generator, which ends the database reads.
 */
export function toReadableStream(chunks: AsyncGenerator<Uint8Array, void, undefined>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
