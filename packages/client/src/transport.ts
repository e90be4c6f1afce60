import {
  AbortedError,
  NetworkError,
  type OoCrmError,
  type RequestSummary,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedRedirectError,
} from './errors.js';
import type { ClientEvent } from './options.js';
import { redactHeaders, redactUrl } from './redact.js';

/** One HTTP exchange to make. */
export interface Exchange {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof fetch;
  readonly attempt: number;
  readonly onEvent: ((event: ClientEvent) => void) | undefined;
}

/** An answer read in full. */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  readonly request: RequestSummary;
}

/**
 * Makes one exchange: a timeout that covers headers and body, the caller's signal at every stage,
 * no redirect followed, the body read up to `maxResponseBytes` counted on the bytes that arrive.
 * Every failure is an {@link OoCrmError}; the timer and the listener are gone when it settles.
 */
export async function exchange(x: Exchange): Promise<Answer> {
  const request: RequestSummary = { method: x.method, url: redactUrl(x.url) };
  const where = `${x.method} ${request.url}`;
  if (x.signal?.aborted) throw new AbortedError(`${where}: aborted by the caller`, { request });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, x.timeoutMs);
  const onAbort = () => controller.abort();
  x.signal?.addEventListener('abort', onAbort, { once: true });
  const failure = (cause: unknown, what: string): OoCrmError =>
    timedOut
      ? new TimeoutError(`${where}: no complete answer within ${x.timeoutMs} ms`, { cause, request })
      : x.signal?.aborted
        ? new AbortedError(`${where}: aborted by the caller`, { cause, request })
        : new NetworkError(`${where}: ${what}`, { cause, request });
  const started = Date.now();
  x.onEvent?.({
    type: 'request',
    method: x.method,
    url: request.url,
    attempt: x.attempt,
    headers: redactHeaders(x.headers),
  });
  try {
    let response: Response;
    try {
      response = await x.fetch(x.url, {
        method: x.method,
        headers: x.headers,
        ...(x.body === undefined ? {} : { body: x.body }),
        signal: controller.signal,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      throw failure(cause, 'the connection failed');
    }
    x.onEvent?.({
      type: 'response',
      method: x.method,
      url: request.url,
      attempt: x.attempt,
      status: response.status,
      ms: Date.now() - started,
    });
    if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') {
      await response.body?.cancel().catch(() => {});
      throw new UnexpectedRedirectError(
        `${where}: the server answered ${response.status} (a redirect), which is not followed`,
        {
          status: response.status,
          request,
        },
      );
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > x.maxResponseBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge(where, x.maxResponseBytes, response.status, request);
    }
    let bytes: Uint8Array;
    try {
      bytes = Number.isFinite(declared)
        ? await readDeclared(response, controller.signal)
        : await readAll(response, x.maxResponseBytes, controller.signal);
    } catch (cause) {
      if (cause instanceof ResponseTooLargeError)
        throw tooLarge(where, x.maxResponseBytes, response.status, request);
      throw failure(cause, 'the connection broke before the whole body arrived');
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      bytes,
      request,
    };
  } finally {
    clearTimeout(timer);
    x.signal?.removeEventListener('abort', onAbort);
  }
}

function tooLarge(
  where: string,
  limit: number,
  status: number,
  request: RequestSummary,
): ResponseTooLargeError {
  return new ResponseTooLargeError(`${where}: the body is larger than maxResponseBytes (${limit})`, {
    status,
    request,
  });
}

/**
 * Reads a body whose length was declared (and checked against the limit): HTTP framing stops it
 * there, so the platform's own reader is safe and faster than a loop over chunks. The abort is
 * raced here too, for `fetch` implementations that do not tie the body to the signal.
 */
async function readDeclared(response: Response, signal: AbortSignal): Promise<Uint8Array> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
  } finally {
    signal.removeEventListener('abort', onAbort as () => void);
    // A body left unread after an abort is released.
    if (signal.aborted) response.body?.cancel().catch(() => {});
  }
}

/**
 * Reads the body up to `limit` bytes. The abort is wired to the reader itself, not left to the
 * fetch implementation, so that a stalled body ends with the timeout whatever `fetch` was given.
 */
async function readAll(response: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const onAbort = () => {
    reader.cancel().catch(() => {});
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await readChunks(reader, limit, signal);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // A cancelled reader reports `done`: that is an abort, never the end of the body.
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLargeError('too large');
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
