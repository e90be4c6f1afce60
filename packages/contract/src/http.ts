import { INT32_MAX } from '@oo-crm/core';
import { LIMITS } from './limits.js';

/** A request of the verifier's own that the provider answered in a way it cannot use. */
export class ProviderError extends Error {}

/**
 * The body of an answer as text, at most `max` bytes after any `Content-Encoding` is inflated
 * (fetch inflates gzip, deflate and br as it streams; cancelling the stream stops the inflation,
 * so a gzip bomb costs `max` bytes, not what it would inflate to).
 */
export async function readBounded(answer: Response, what: string, max: number = LIMITS.ownBodyBytes) {
  const declared = Number(answer.headers.get('content-length'));
  const encoded = (answer.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!encoded && declared > max) {
    await answer.body?.cancel();
    throw new ProviderError(`${what}: the answer declares ${declared} bytes, over the limit of ${max}`);
  }
  const reader = answer.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ProviderError(`${what}: the answer is over the limit of ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A request of the verifier's own (the login, the state search): never following a redirect, as
 * each carries credentials a redirect could take to another origin; bounded in time by the
 * request's limit and by `signal` (the run's or the state search's deadline).
 */
export async function send(url: URL, init: RequestInit, what: string, signal?: AbortSignal) {
  const timeout = AbortSignal.timeout(LIMITS.requestMs);
  const answer = await fetch(url, {
    ...init,
    redirect: 'manual',
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  }).catch((error: unknown) => {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new ProviderError(
        `${what}: no answer in time (${signal?.aborted ? 'the deadline passed' : `${LIMITS.requestMs / 1000} s`})`,
      );
    }
    throw new ProviderError(`${what}: ${(error as Error).message}${causeOf(error)}`);
  });
  if (answer.status >= 300 && answer.status < 400) {
    await answer.body?.cancel();
    throw new ProviderError(
      `${what}: the provider answered a redirect (${answer.status}); not followed, as the request carries credentials (give the URL it redirects to as --provider-base-url)`,
    );
  }
  return answer;
}

const causeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ? ` (${cause.code})` : '';
};

/** A JSON text parsed, or a `ProviderError` saying what it was. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(`${what}: the answer is not JSON`);
  }
}

/** An id taken from the provider, checked before it goes into a path: a positive Int32. */
export function idFrom(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= INT32_MAX
    ? value
    : undefined;
}
