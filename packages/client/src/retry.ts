import {
  AbortedError,
  NetworkError,
  type OoCrmError,
  RateLimitError,
  recordAttempts,
  ServerError,
  TimeoutError,
} from './errors.js';

/** The retry policy's timing. */
export interface Backoff {
  /** First delay before jitter. */
  readonly baseMs: number;
  /** Largest delay before jitter. */
  readonly maxMs: number;
  /** The longest `Retry-After` honoured; a longer one fails at once. */
  readonly maxRetryAfterMs: number;
  /** A number in [0, 1) for the jitter. */
  readonly random: () => number;
}

/** About 0.5 s doubling to 5 s, with jitter; `Retry-After` honoured up to 30 s. */
export const DEFAULT_BACKOFF: Backoff = {
  baseMs: 500,
  maxMs: 5000,
  maxRetryAfterMs: 30_000,
  random: Math.random,
};

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/** Network errors, timeouts (the attempt's or a 408), 429 and 500/502/503/504; never a caller's abort or a 4xx. */
export function isRetryable(error: OoCrmError): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError || error instanceof RateLimitError)
    return true;
  return error instanceof ServerError && error.status !== undefined && RETRYABLE_STATUS.has(error.status);
}

/** Milliseconds to wait before retry number `retry` (0-based), or `undefined` to give up now. */
export function delayBeforeRetry(error: OoCrmError, retry: number, backoff: Backoff): number | undefined {
  const asked =
    error instanceof RateLimitError || error instanceof ServerError ? error.retryAfterMs : undefined;
  if (asked !== undefined) return asked <= backoff.maxRetryAfterMs ? asked : undefined;
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + backoff.random() * (ceiling / 2));
}

/** Waits `ms`, or rejects with {@link AbortedError} as soon as the signal fires; leaves no timer behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError('aborted by the caller during a backoff'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError('aborted by the caller during a backoff'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `retries` retries are spent. The final
 * error says how many attempts were made.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  retries: number,
  backoff: Backoff,
  signal: AbortSignal | undefined,
  onRetry?: (n: number, delayMs: number, error: OoCrmError) => void,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const e = error as OoCrmError;
      const delay = n <= retries && isRetryable(e) ? delayBeforeRetry(e, n - 1, backoff) : undefined;
      if (delay === undefined) throw recordAttempts(e, n);
      onRetry?.(n, delay, e);
      try {
        await sleep(delay, signal);
      } catch (aborted) {
        throw recordAttempts(aborted as OoCrmError, n);
      }
    }
  }
}
