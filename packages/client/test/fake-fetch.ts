import { readFixture } from '@oo-crm/fixtures';

/** What the fake fetch saw of one call. */
export interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

type Script = (call: Call, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** A `fetch` that answers from a script, one entry per call (the last one repeats), and records calls. */
export function fakeFetch(...script: Script[]) {
  const calls: Call[] = [];
  const fetch = async (input: URL | RequestInfo, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const call: Call = {
      url: String(input),
      method: init.method ?? 'GET',
      headers,
      body: init.body as string | undefined,
    };
    calls.push(call);
    const answer = script[Math.min(calls.length - 1, script.length - 1)]!;
    return answer(call, init.signal ?? undefined);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** Answers with a fixture file and the content type of its form. */
export const fixture =
  (name: string, status = 200) =>
  () =>
    new Response(readFixture(name), {
      status,
      headers: name.endsWith('.xml') ? { 'content-type': 'text/xml; charset=utf-8' } : JSON_TYPE,
    });

export const status =
  (code: number, headers: Record<string, string> = {}, body = '') =>
  () =>
    new Response(code === 204 || code === 304 ? null : body, { status: code, headers });

export const errorEnvelope =
  (code: number, message: string, httpStatus = code) =>
  () =>
    new Response(
      JSON.stringify({ status: 1, statusCode: code, error: { message, hresult: -2147467259, data: {} } }),
      {
        status: httpStatus,
        headers: JSON_TYPE,
      },
    );

export const login =
  (token = 'T0k3n/+=', expires = '2999-01-01T00:00:00.0000000Z') =>
  () =>
    new Response(JSON.stringify({ count: 1, status: 0, statusCode: 201, response: { token, expires } }), {
      status: 201,
      headers: JSON_TYPE,
    });

/** Never answers; rejects when the request's signal aborts, as fetch does. */
export const never = () => (_: Call, signal: AbortSignal | undefined) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
      once: true,
    });
  });
