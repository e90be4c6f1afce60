import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AbortedError,
  createClient,
  NetworkError,
  type OoCrmError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../../src/index.js';
import { DEFAULT_BACKOFF, delayBeforeRetry } from '../../src/retry.js';
import { retryAfterMs } from '../../src/retry-after.js';
import { errorEnvelope, fakeFetch, fixture, never, status } from '../fake-fetch.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

const base = 'https://crm.example.com';
const refused = () => () =>
  Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') }));

/** Runs a call to its end, advancing fake time; answers its result or error and the time it took. */
async function run(fetch: typeof globalThis.fetch, options: object = {}, callOptions: object = {}) {
  const client = createClient({ baseUrl: base, auth: { token: 't' }, fetch, ...options });
  const started = Date.now();
  let outcome: unknown;
  const done = client.opportunities.byContact(1, callOptions).then(
    (v) => {
      outcome = v;
    },
    (e) => {
      outcome = e;
    },
  );
  await vi.runAllTimersAsync();
  await done;
  return { outcome: outcome as OoCrmError, ms: Date.now() - started };
}

describe('retries of the GET: default 2, with backoff and jitter', () => {
  it.each([
    ['a network error', refused()],
    ['a 500', errorEnvelope(500, 'Boom')],
    ['a 502', status(502)],
    ['a 503', status(503)],
    ['a 504', status(504)],
    ['a 408', status(408)],
    ['a 429', status(429)],
  ])('retries after %s, then succeeds', async (_, failure) => {
    const { fetch, calls } = fakeFetch(failure, failure, fixture('empty.json'));
    const { outcome } = await run(fetch);
    expect(outcome).toEqual({ items: [] });
    expect(calls).toHaveLength(3);
  });

  it('gives up after 2 retries, saying it made 3 attempts', async () => {
    const { fetch, calls } = fakeFetch(status(503));
    const { outcome } = await run(fetch);
    expect(outcome).toBeInstanceOf(ServerError);
    expect(outcome.attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });

  it('retries a network error as a NetworkError in the end', async () => {
    const { outcome } = await run(fakeFetch(refused()).fetch);
    expect([outcome, outcome.attempts]).toEqual([expect.any(NetworkError), 3]);
  });

  it.each([
    ['400', errorEnvelope(400, 'Bad')],
    ['401', status(401, { 'content-type': 'text/plain' }, 'Unauthorized')],
    ['403', errorEnvelope(403, 'Forbidden')],
    ['404', errorEnvelope(404, 'Not found')],
    ['501', status(501)],
    ['a decode failure', status(200, { 'content-type': 'application/json' }, '{"status":0}')],
  ])('never retries %s', async (_, failure) => {
    const { fetch, calls } = fakeFetch(failure);
    const { outcome } = await run(fetch);
    expect(outcome.attempts).toBe(1);
    expect(calls).toHaveLength(1);
  });

  it('waits about 0.5 s, then about 1 s (jittered between half and all of it)', async () => {
    const { ms } = await run(fakeFetch(status(503)).fetch);
    expect(ms).toBeGreaterThanOrEqual(250 + 500);
    expect(ms).toBeLessThanOrEqual(500 + 1000);
  });

  it('caps the backoff at 5 s', () => {
    const worst = { ...DEFAULT_BACKOFF, random: () => 1 };
    expect(delayBeforeRetry(new ServerError('x', undefined, { status: 503 }), 10, worst)).toBe(5000);
  });

  it('honours retries: 0', async () => {
    const { fetch, calls } = fakeFetch(status(503));
    expect((await run(fetch, { retries: 0 })).outcome.attempts).toBe(1);
    expect(calls).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it.each([
    ['seconds', '3', 3000],
    ['zero', '0', 0],
    ['an HTTP date', new Date(Date.UTC(2030, 0, 1, 0, 0, 7)).toUTCString(), 7000],
  ])('is honoured as %s', async (_, header, expected) => {
    vi.setSystemTime(Date.UTC(2030, 0, 1, 0, 0, 0));
    const { fetch } = fakeFetch(status(429, { 'retry-after': header }), fixture('empty.json'));
    const { outcome, ms } = await run(fetch);
    expect(outcome).toEqual({ items: [] });
    expect(ms).toBe(expected);
  });

  it('is ignored when it is garbage: the backoff decides', async () => {
    const { fetch } = fakeFetch(status(429, { 'retry-after': 'soon-ish' }), fixture('empty.json'));
    const { ms } = await run(fetch);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThanOrEqual(500);
  });

  it('beyond 30 s fails at once with the rate-limit error', async () => {
    const { fetch, calls } = fakeFetch(status(429, { 'retry-after': '3600' }));
    const { outcome, ms } = await run(fetch);
    expect(outcome).toBeInstanceOf(RateLimitError);
    expect((outcome as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect([calls.length, ms]).toEqual([1, 0]);
  });

  it('is honoured on a 503 too', async () => {
    const { fetch } = fakeFetch(status(503, { 'retry-after': '2' }), fixture('empty.json'));
    expect((await run(fetch)).ms).toBe(2000);
  });

  it.each([
    ['120', 120_000],
    [' 5 ', 5000],
    ['-1', undefined],
    ['1.5', undefined],
    ['', undefined],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 0],
  ])('reads %j as %j ms', (header, expected) => {
    expect(retryAfterMs(header, Date.UTC(2030, 0, 1))).toBe(expected);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt that gets no answer, and retries it', async () => {
    const { fetch, calls } = fakeFetch(never(), never(), fixture('empty.json'));
    const { outcome } = await run(fetch, { timeoutMs: 1000 });
    expect(outcome).toEqual({ items: [] });
    expect(calls).toHaveLength(3);
  });

  it('ends in a TimeoutError after the retries', async () => {
    const { outcome } = await run(fakeFetch(never()).fetch, { timeoutMs: 1000 });
    expect([outcome, outcome.attempts]).toEqual([expect.any(TimeoutError), 3]);
  });

  it('times out a body that stalls, not only missing headers', async () => {
    const stalled = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"status":0,'));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const { outcome } = await run(fakeFetch(stalled).fetch, { timeoutMs: 1000, retries: 0 });
    expect(outcome).toBeInstanceOf(TimeoutError);
  });

  it('stops at once when the caller aborts while waiting for headers', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { outcome, ms } = await run(fakeFetch(never()).fetch, {}, { signal: controller.signal });
    expect([outcome, ms]).toEqual([expect.any(AbortedError), 100]);
  });

  it('stops at once when the caller aborts during a backoff sleep', async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(status(503, { 'retry-after': '20' }));
    setTimeout(() => controller.abort(), 50);
    const { outcome, ms } = await run(fetch, {}, { signal: controller.signal });
    expect([outcome, ms, calls.length]).toEqual([expect.any(AbortedError), 50, 1]);
  });

  it('does not start when the signal is already aborted', async () => {
    const { fetch, calls } = fakeFetch(fixture('empty.json'));
    const { outcome } = await run(fetch, {}, { signal: AbortSignal.abort() });
    expect([outcome, calls.length]).toEqual([expect.any(AbortedError), 0]);
  });
});
