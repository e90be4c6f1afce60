/** The body grew past the limit; the transport turns it into a `ResponseTooLargeError`. */
export class BodyTooLarge extends Error {}

/**
 * Reads a response body, counting the bytes the stream produces: after any decompression `fetch`
 * did, so a small gzip or br body that inflates past `limit` stops at `limit`, whatever
 * `Content-Length` said. Past the limit the stream is cancelled (which stops the inflation too) and
 * {@link BodyTooLarge} is thrown. The abort is wired to the reader itself, so a stalled body ends
 * with the timeout whatever `fetch` was given.
 *
 * The declared length only sizes the first buffer (an honest, uncompressed body is read into it
 * with no copy); it is never trusted as a bound.
 */
export async function readBody(response: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const onAbort = () => {
    reader.cancel().catch(() => {});
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    const first = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, limit) : 64 * 1024;
    return await readChunks(reader, limit, first, signal);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
  initialSize: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  let buffer = new Uint8Array(initialSize);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // A cancelled reader reports `done`: that is an abort, never the end of the body.
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (done) break;
    if (length + value.byteLength > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    if (length + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(
        Math.min(limit, Math.max(buffer.byteLength * 2, length + value.byteLength)),
      );
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(value, length);
    length += value.byteLength;
  }
  return length === buffer.byteLength ? buffer : buffer.subarray(0, length);
}
