import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  createClient,
  DecodeError,
  NotFoundError,
  type OoCrmError,
  PaymentRequiredError,
  PermissionError,
  ResponseTooLargeError,
  UnexpectedContentTypeError,
  UnexpectedRedirectError,
} from '../../src/index.js';
import { errorEnvelope, fakeFetch, fixture, login, status } from '../fake-fetch.js';

const failureOf = async (fetch: typeof globalThis.fetch, options: object = {}): Promise<OoCrmError> => {
  const client = createClient({
    baseUrl: 'https://crm.example.com',
    auth: { token: 't' },
    fetch,
    retries: 0,
    ...options,
  });
  return client.opportunities.byContact(1).then(
    () => {
      throw new Error('expected a failure');
    },
    (e: OoCrmError) => e,
  );
};

describe('failures map to one typed error each', () => {
  it.each([
    [
      '401 plain text',
      status(401, { 'content-type': 'text/plain' }, 'Unauthorized'),
      AuthenticationError,
      'AUTHENTICATION',
      401,
    ],
    ['403 envelope', errorEnvelope(403, 'Access denied'), PermissionError, 'PERMISSION', 403],
    ['404 envelope', errorEnvelope(404, 'Not found'), NotFoundError, 'NOT_FOUND', 404],
    ['400 envelope', errorEnvelope(400, 'Invalid argument'), ApiError, 'API', 400],
    ['402 envelope', errorEnvelope(402, 'PaymentRequired'), PaymentRequiredError, 'PAYMENT_REQUIRED', 402],
    ['error envelope with HTTP 200', errorEnvelope(500, 'Boom', 200), ApiError, 'API', 500],
    [
      '302 redirect',
      status(302, { location: 'https://elsewhere.example/' }),
      UnexpectedRedirectError,
      'UNEXPECTED_REDIRECT',
      302,
    ],
    [
      'HTML with 200',
      status(200, { 'content-type': 'text/html' }, '<html></html>'),
      UnexpectedContentTypeError,
      'UNEXPECTED_CONTENT_TYPE',
      200,
    ],
    [
      'XML when JSON was asked',
      fixture('server-deals.xml'),
      UnexpectedContentTypeError,
      'UNEXPECTED_CONTENT_TYPE',
      200,
    ],
    [
      'a body that breaks the contract',
      status(200, { 'content-type': 'application/json' }, '{"status":0,"response":[{"id":"x"}]}'),
      DecodeError,
      'DECODE',
      200,
    ],
    [
      'invalid UTF-8',
      () =>
        new Response(new Uint8Array([0x7b, 0xff, 0x7d]), { headers: { 'content-type': 'application/json' } }),
      DecodeError,
      'DECODE',
      200,
    ],
  ])('%s', async (_, answer, type, code, statusCode) => {
    const error = await failureOf(fakeFetch(answer).fetch);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.status).toBe(statusCode);
    expect(error.attempts).toBe(1);
  });

  it('names the server’s own message', async () => {
    expect((await failureOf(fakeFetch(errorEnvelope(403, 'Access denied')).fetch)).message).toContain(
      '403 Access denied',
    );
  });

  it('carries the decode issues, with their paths', async () => {
    const error = (await failureOf(
      fakeFetch(status(200, { 'content-type': 'application/json' }, '{"status":0,"response":[{"id":"x"}]}'))
        .fetch,
    )) as DecodeError;
    expect(error.issues).toContainEqual({
      kind: 'type',
      path: ['response', 0, 'id'],
      expected: 'integer',
      message: 'expected integer, got "x"',
    });
  });

  it('gives malformed or hostile XML as a DecodeError', async () => {
    const body = '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><result>&a;</result>';
    const error = await failureOf(fakeFetch(status(200, { 'content-type': 'text/xml' }, body)).fetch, {
      format: 'xml',
    });
    expect(error).toBeInstanceOf(DecodeError);
  });

  it('refuses a body over maxResponseBytes by its Content-Length, and by the bytes read when there is none', async () => {
    const big = 'x'.repeat(2000);
    const declared = await failureOf(
      fakeFetch(status(200, { 'content-type': 'application/json', 'content-length': '2000' }, big)).fetch,
      { maxResponseBytes: 1000 },
    );
    expect(declared).toBeInstanceOf(ResponseTooLargeError);
    const streamed = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode(big));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    expect(await failureOf(fakeFetch(streamed).fetch, { maxResponseBytes: 1000 })).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });
});

describe('login', () => {
  const userAuth = { auth: { userName: 'anna', password: 'pw' } };

  it('a failed login (HTTP 500 "User authentication failed") is an AuthenticationError', async () => {
    const error = (await failureOf(
      fakeFetch(errorEnvelope(500, 'User authentication failed')).fetch,
      userAuth,
    )) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.reason).toBe('login-failed');
  });

  it('a two-factor demand is an AuthenticationError that says so', async () => {
    const tfa = () =>
      new Response(JSON.stringify({ count: 1, status: 0, statusCode: 201, response: { tfa: true } }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    const error = (await failureOf(fakeFetch(tfa).fetch, userAuth)) as AuthenticationError;
    expect([error.reason, error.message]).toEqual(['two-factor', expect.stringContaining('second factor')]);
  });

  it('logs in once for concurrent calls, and keeps the token', async () => {
    const { fetch, calls } = fakeFetch(login(), fixture('empty.json'));
    const client = createClient({ baseUrl: 'https://crm.example.com', fetch, ...userAuth });
    await Promise.all([
      client.opportunities.byContact(1),
      client.opportunities.byContact(2),
      client.opportunities.byContact(3),
    ]);
    await client.opportunities.byContact(4);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('logs in again once after a 401, then gives up', async () => {
    const unauthorized = status(401, { 'content-type': 'text/plain' }, 'Unauthorized');
    const { fetch, calls } = fakeFetch(login('old'), unauthorized, login('new'), fixture('empty.json'));
    const client = createClient({ baseUrl: 'https://crm.example.com', fetch, ...userAuth });
    expect(await client.opportunities.byContact(1)).toEqual({ items: [] });
    expect(calls.map((c) => `${c.method} ${c.headers['authorization'] ?? ''}`)).toEqual([
      'POST ',
      'GET old',
      'POST ',
      'GET new',
    ]);

    const always401 = fakeFetch(login('a'), unauthorized, login('b'), unauthorized);
    const error = await failureOf(always401.fetch, userAuth);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(always401.calls).toHaveLength(4);
  });

  it('logs in again when the token has expired', async () => {
    const { fetch, calls } = fakeFetch(
      login('short', '2000-01-01T00:00:00.0000000Z'),
      fixture('empty.json'),
      login('next'),
      fixture('empty.json'),
    );
    const client = createClient({ baseUrl: 'https://crm.example.com', fetch, ...userAuth });
    await client.opportunities.byContact(1);
    await client.opportunities.byContact(1);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });
});

describe('the fp-ts twin', () => {
  it('answers Right with the page, and Left with the typed error, never rejecting', async () => {
    const good = createClient({
      baseUrl: 'https://crm.example.com',
      auth: { token: 't' },
      fetch: fakeFetch(fixture('empty.json')).fetch,
    });
    expect(await good.opportunities.byContactTE(1)()).toEqual({ _tag: 'Right', right: { items: [] } });
    const bad = await good.opportunities.byContactTE('x')();
    expect(bad._tag === 'Left' && bad.left.code).toBe('INVALID_ARGUMENT');
  });
});
