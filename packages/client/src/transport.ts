import { BodyTooLarge, readBody } from './body.js';
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
 * no redirect followed, the body read up to `maxResponseBytes` counted on the bytes it inflates to.
 * Every failure is an {@link OoCrmError}; the timer and the listener are gone when it settles.
 */
export async function exchange(x: Exchange): Promise<Answer> {
  const request: RequestSummary = { method: x.method, url: redactUrl(x.url) };
  const where = `${x.method} ${request.url}`;
  if (x.signal?.aborted) throw new AbortedError(`${where}: aborted by the caller`, { request });
  // Before the timer starts: a listener that throws leaves nothing running.
  x.onEvent?.({
    type: 'request',
    method: x.method,
    url: request.url,
    attempt: x.attempt,
    headers: redactHeaders(x.headers),
  });
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
    // A declared length past the limit fails at once, unless the body is compressed (the limit
    // counts what it inflates to, which the reader measures).
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > x.maxResponseBytes && !response.headers.has('content-encoding')) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge(where, x.maxResponseBytes, response.status, request);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, x.maxResponseBytes, controller.signal);
    } catch (cause) {
      if (cause instanceof BodyTooLarge) throw tooLarge(where, x.maxResponseBytes, response.status, request);
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
