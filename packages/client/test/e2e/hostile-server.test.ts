import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { encodeOpportunities, type Opportunity } from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  createClient,
  DecodeError,
  InvalidArgumentError,
  type OoCrmError,
  PagingError,
  ResponseTooLargeError,
  ServerError,
  UnexpectedContentTypeError,
} from '../../src/index.js';

// A malicious server on loopback, and the client with its defaults against it: every attack ends
// in the typed error, in bounded time and memory, and nothing the server sent reaches a message raw.

const MiB = 1024 * 1024;
const JSON_TYPE = 'application/json; charset=UTF-8';
const TOKEN = 'tok-1234567890abcdef';
const PASSWORD = 'hunter2-secret';
const LONG_TOKEN = `${'T0k/+='.repeat(12)}end`;
const BAD_TOKEN = `login-token-${'z'.repeat(10)}\r\nX-Evil: 1\u0000`;
const hits = { counted: 0, badTokenLogin: 0 };

// 64 MiB of spaces gzipped is ~64 KiB; gzip members may be concatenated, so 32 of them inflate to 2 GiB.
const gzipMember = gzipSync(Buffer.alloc(64 * MiB, 0x20), { level: 9 });
const gzipBomb = Buffer.concat(Array(32).fill(gzipMember));
// Both twice the default limit; brotli at a cheap quality, so that preparing them costs little CPU.
const cheapBrotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };
const brotliBomb = brotliCompressSync(Buffer.alloc(128 * MiB, 0x20), cheapBrotli);
// Stacked: gzip first, then br on top (`Content-Encoding: gzip, br`).
const stackedBomb = brotliCompressSync(gzipSync(Buffer.alloc(128 * MiB, 0x20)), cheapBrotli);

const ESC = '\u001b';
const HOSTILE_TEXT = `${ESC}]0;owned\u0007${ESC}[2J\r\nforged: line\u202e`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/;

const [golden] = JSON.parse(readFixture('server-deals.json')).response as unknown[];
const deal = (id: number, title = `Deal ${id}`) => ({ ...(golden as object), id, title });

const endlessPages = new Map<number, string>();
function endlessPage(count: number): string {
  let page = endlessPages.get(count);
  if (page === undefined) {
    const items = Array.from({ length: count }, (_, i) => deal(i === 0 ? -1 : 1_000_000 + i));
    page = JSON.stringify({ count, status: 0, statusCode: 200, response: items });
    endlessPages.set(count, page);
  }
  return page;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;
const routes: Record<string, Handler> = {
  '/gzip': (_req, res) => {
    res.writeHead(200, {
      'content-type': JSON_TYPE,
      'content-encoding': 'gzip',
      'content-length': gzipBomb.length,
    });
    res.end(gzipBomb);
  },
  '/br': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE, 'content-encoding': 'br' });
    res.end(brotliBomb);
  },
  '/stacked': (_req, res) => {
    res.writeHead(200, {
      'content-type': JSON_TYPE,
      'content-encoding': 'gzip, br',
      'content-length': stackedBomb.length,
    });
    res.end(stackedBomb);
  },
  // A full page at every start, a new first id each time, and never a total: paging without end.
  // The page is written once per size and only its first id changes, so the server costs little.
  '/endless': (_req, res, url) => {
    const count = Number(url.searchParams.get('count') ?? 1000);
    const start = Number(url.searchParams.get('startIndex') ?? 0);
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(endlessPage(count).replace('"id":-1', `"id":${start + 1}`));
  },
  // The same full page whatever the start.
  '/stuck': (_req, res, url) => {
    const count = Number(url.searchParams.get('count') ?? 1000);
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(
      JSON.stringify({
        count,
        status: 0,
        statusCode: 200,
        response: Array.from({ length: count }, (_, i) => deal(i + 1)),
      }),
    );
  },
  '/hostile-title': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(
      JSON.stringify({
        status: 0,
        statusCode: 200,
        response: [{ ...deal(1), title: 7, createBy: HOSTILE_TEXT }],
      }),
    );
  },
  '/hostile-message': (_req, res) => {
    const message = `${HOSTILE_TEXT} ${TOKEN} ${'x'.repeat(10 * MiB)}`;
    res.writeHead(400, { 'content-type': JSON_TYPE });
    res.end(JSON.stringify({ status: 1, statusCode: 400, error: { message, hresult: 0, data: {} } }));
  },
  // Written below the HTTP library, which refuses such bytes: a C1 CSI (0x9B) and NEL (0x85) in the value.
  '/hostile-content-type': (req) => {
    const head = `HTTP/1.1 200 OK\r\ncontent-type: text/html; x=\u009b31m\u0085${TOKEN}\r\ncontent-length: 13\r\n\r\n`;
    req.socket.end(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from('<html></html>')]));
  },
  // Counts what reaches it: a call refused before any I/O never does.
  '/counted': (_req, res) => {
    hits.counted++;
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(JSON.stringify({ status: 0, statusCode: 200, response: [] }));
  },
  // The caller's token and password echoed into fields of the wrong type (an object belongs there).
  '/echo-secrets': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(
      JSON.stringify({
        status: 0,
        statusCode: 200,
        response: [
          {
            ...deal(1),
            createBy: `Bearer ${LONG_TOKEN} and more`,
            contact: encodeURIComponent(LONG_TOKEN),
            stage: `pw ${PASSWORD}`,
            responsible: encodeURIComponent(PASSWORD),
          },
        ],
      }),
    );
  },
  // A login that succeeds with a token no header can carry.
  '/bad-token-login': (req, res) => {
    hits.badTokenLogin++;
    const token = req.method === 'POST' ? BAD_TOKEN : 'unused';
    res.writeHead(201, { 'content-type': JSON_TYPE });
    res.end(
      JSON.stringify({
        count: 1,
        status: 0,
        statusCode: 201,
        response: { token, expires: '2099-01-01T00:00:00.0000000Z' },
      }),
    );
  },
  '/api/2.0/authentication': (_req, res) => {
    // Echoes the password back, as a careless server might.
    res.writeHead(500, { 'content-type': JSON_TYPE });
    res.end(
      JSON.stringify({
        status: 1,
        statusCode: 500,
        error: {
          message: `no user with password ${PASSWORD} or ${encodeURIComponent(PASSWORD)}`,
          hresult: 0,
          data: {},
        },
      }),
    );
  },
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const route = Object.entries(routes).find(
      ([prefix]) => url.pathname.startsWith(prefix) || url.pathname.includes(`/bycontact${prefix}`),
    );
    if (route) route[1](req, res, url);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A client whose requests go to `base + path` (the route replaces the contact id). */
function clientFor(path: string, options: object = {}) {
  const fetchVia: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    return fetch(`${base}${path}${url.search}`, init);
  };
  return createClient({ baseUrl: base, auth: { token: TOKEN }, retries: 0, fetch: fetchVia, ...options });
}

async function failure(promise: Promise<unknown>): Promise<OoCrmError> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: OoCrmError) => e,
  );
}

/** The error of a call, how long it took and how much the process grew meanwhile. */
async function measured(run: () => Promise<unknown>) {
  const before = process.memoryUsage();
  const started = performance.now();
  const error = await failure(run());
  const after = process.memoryUsage();
  return {
    error,
    ms: performance.now() - started,
    grewMiB: (after.rss - before.rss) / MiB,
  };
}

describe('compression bombs stop at maxResponseBytes, counted after decompression', () => {
  it.each([
    ['a 2 MB gzip body that inflates to 2 GiB (declared length)', '/gzip'],
    ['a brotli body that inflates to 128 MiB (chunked)', '/br'],
    ['stacked gzip and br that inflate to 128 MiB', '/stacked'],
  ])('%s: ResponseTooLargeError with the default limit (64 MiB)', async (_, path) => {
    const { error, ms, grewMiB } = await measured(() => clientFor(path).opportunities.byContact(1));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toContain('maxResponseBytes (67108864)');
    expect(ms).toBeLessThan(15_000);
    expect(grewMiB).toBeLessThan(400);
  });

  it('with maxResponseBytes 1 MiB, the 2 GiB gzip bomb costs about a megabyte', async () => {
    const { error, grewMiB } = await measured(() =>
      clientFor('/gzip', { maxResponseBytes: MiB }).opportunities.byContact(1),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(grewMiB).toBeLessThan(100);
  });
});

describe('paging without end stops with a PagingError', () => {
  it('a server that always answers a full page and no total: stopped at maxPages', async () => {
    const pages: number[] = [];
    const all = clientFor('/endless', { maxPages: 5 }).opportunities.allByContact(1, { count: 10 });
    const error = await failure(
      (async () => {
        for await (const page of all) pages.push(page.items[0]!.id);
      })(),
    );
    expect(error).toBeInstanceOf(PagingError);
    expect((error as PagingError).reason).toBe('max-pages');
    expect(pages).toEqual([1, 11, 21, 31, 41]);
  });

  it('the default budget stops the same server at 100,000 items', async () => {
    let items = 0;
    const error = await failure(
      (async () => {
        for await (const page of clientFor('/endless').opportunities.allByContact(1))
          items += page.items.length;
      })(),
    );
    expect((error as PagingError).reason).toBe('max-items');
    expect(items).toBe(100_000);
  }, 90_000);

  it('a byte budget beside the page and item budgets: stopped at maxTotalBytes, the pages before it yielded', async () => {
    const pageBytes = endlessPage(10).length;
    const pages: number[] = [];
    const all = clientFor('/endless', {
      maxTotalBytes: Math.floor(pageBytes * 3.5),
    }).opportunities.allByContact(1, { count: 10 });
    const error = await failure(
      (async () => {
        for await (const page of all) pages.push(page.items[0]!.id);
      })(),
    );
    expect(error).toBeInstanceOf(PagingError);
    expect((error as PagingError).reason).toBe('max-bytes');
    expect(pages).toEqual([1, 11, 21]);
    expect(() => clientFor('/endless').opportunities.filterAll({ maxTotalBytes: 0 })).toThrow(
      InvalidArgumentError,
    );
  });

  it('a server that ignores startIndex: stopped at the second page, as no progress', async () => {
    const error = await failure(
      (async () => {
        for await (const _ of clientFor('/stuck').opportunities.allByContact(1, { count: 3 })) {
        }
      })(),
    );
    expect(error).toBeInstanceOf(PagingError);
    expect((error as PagingError).reason).toBe('no-progress');
  });

  it('a bad budget is an InvalidArgumentError before any I/O', () => {
    expect(() => clientFor('/endless').opportunities.allByContact(1, { maxPages: 0 })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('server text reaches an error escaped, cut and scrubbed', () => {
  it('a 10 MiB error message with escape sequences and the token: cut to 500, escaped, token redacted', async () => {
    const error = await failure(clientFor('/hostile-message').opportunities.byContact(1));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message.length).toBeLessThan(700);
    expect(error.message).not.toMatch(UNSAFE);
    expect(error.message).toContain(
      '\\u001b]0;owned\\u0007\\u001b[2J\\u000d\\u000aforged: line\\u202e [redacted]',
    );
    expect(error.message).not.toContain(TOKEN);
  });

  it('a decode failure shows server text escaped', async () => {
    const error = await failure(clientFor('/hostile-title').opportunities.byContact(1));
    expect(error).toBeInstanceOf(DecodeError);
    for (const line of error.message.split('\n')) expect(line).not.toMatch(UNSAFE);
    expect(error.message).toContain('response[0].createBy: expected Employee object, got "\\u001b]0;owned');
  });

  it('a hostile content type: escaped, short, no token', async () => {
    const error = await failure(clientFor('/hostile-content-type').opportunities.byContact(1));
    expect(error).toBeInstanceOf(UnexpectedContentTypeError);
    expect(error.message).not.toMatch(UNSAFE);
    expect(error.message).not.toContain(TOKEN);
  });

  it('a login error that echoes the password: the password never enters the error', async () => {
    const client = createClient({
      baseUrl: base,
      auth: { userName: 'anna', password: PASSWORD },
      retries: 0,
    });
    const error = await failure(client.opportunities.byContact(1));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('no user with password [redacted] or [redacted]');
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });
});

describe('credentials are checked before any I/O, and never echoed', () => {
  it.each([
    ['NUL', `${TOKEN}\u0000x`],
    ['CR LF', `${TOKEN}\r\nX-Evil: 1`],
    ['DEL', `${TOKEN}\u007f`],
    ['beyond Latin-1', `${TOKEN}\u2028`],
    ['leading space', ` ${TOKEN}`],
  ])('a token with %s: InvalidArgumentError without the token', (_, token) => {
    let error: unknown;
    try {
      createClient({ baseUrl: base, auth: { token } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it('a password with a control character is refused the same way', () => {
    expect(() => createClient({ baseUrl: base, auth: { userName: 'a', password: 'p\u0000w' } })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('a lockout after failed logins is its own authentication error', () => {
  it('"Login Fail. Too many attempts" → AuthenticationError too-many-attempts', async () => {
    const lockout: typeof fetch = async () =>
      new Response(
        JSON.stringify({
          status: 1,
          statusCode: 500,
          error: { message: 'Login Fail. Too many attempts', hresult: 0, data: {} },
        }),
        { status: 500, headers: { 'content-type': JSON_TYPE } },
      );
    const client = createClient({ baseUrl: base, auth: { userName: 'a', password: 'b' }, fetch: lockout });
    const error = await failure(client.opportunities.byContact(1));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).reason).toBe('too-many-attempts');
  });
});

describe("the caller's secrets never reach a decode issue, as sent or URL-encoded", () => {
  it('a token and a password echoed into fields of the wrong type: DecodeError with [redacted]', async () => {
    const withToken = await failure(
      clientFor('/echo-secrets', { auth: { token: LONG_TOKEN } }).opportunities.byContact(1),
    );
    // The password's client logs in first: the login is answered here, the page by the server.
    const login: typeof fetch = async (input, init) =>
      String(input).endsWith('/authentication')
        ? new Response(
            JSON.stringify({ count: 1, status: 0, statusCode: 201, response: { token: LONG_TOKEN } }),
            { status: 201, headers: { 'content-type': JSON_TYPE } },
          )
        : fetch(`${base}/echo-secrets`, init);
    const withPassword = await failure(
      createClient({
        baseUrl: base,
        auth: { userName: 'anna', password: PASSWORD },
        fetch: login,
        retries: 0,
      }).opportunities.byContact(1),
    );
    // The token client knows no password; the login client's secrets are its password and the token it got.
    for (const [error, password] of [
      [withToken, false],
      [withPassword, true],
    ] as const) {
      expect(error).toBeInstanceOf(DecodeError);
      const text = `${error.message}${JSON.stringify(error)}`;
      expect(text).toContain('createBy: expected Employee object, got "Bearer [redacted] and more"');
      expect(text).toContain('contact: expected Contact object or null, got "[redacted]"');
      for (const part of [LONG_TOKEN.slice(0, 6), encodeURIComponent(LONG_TOKEN).slice(0, 9)]) {
        expect(text).not.toContain(part);
      }
      if (password) {
        expect(text).toContain('got "pw [redacted]"');
        expect(text).not.toContain('hunter2');
      }
    }
  });
});

describe('a token a login returns is checked like a given one', () => {
  it('CR, LF and NUL in it: a DecodeError at once, not a retried NetworkError, and the token nowhere', async () => {
    const before = hits.badTokenLogin;
    const client = clientFor('/bad-token-login', {
      auth: { userName: 'anna', password: PASSWORD },
      retries: 2,
    });
    const error = await failure(client.opportunities.byContact(1));
    expect(error).toBeInstanceOf(DecodeError);
    expect(error.attempts).toBe(1);
    expect((error as DecodeError).issues[0]!.path).toEqual(['response', 'token']);
    expect(hits.badTokenLogin - before).toBe(1);
    const all = `${error.message}${JSON.stringify(error)}${String(error.cause ?? '')}`;
    expect(all).not.toContain('login-token');
  });
});

describe('every option of every call is checked at run time, before any I/O and with no timer left', () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  const counted = (options: object = {}) => clientFor('/counted', options).opportunities;
  const bad = <T>(value: unknown) => value as T;

  it.each<[string, () => Promise<unknown>]>([
    ["tags: 'VIP'", () => counted().filter({ tags: bad('VIP') })],
    ['a numeric text', () => counted().filter({ text: bad(42) })],
    ['a numeric responsibleId', () => counted().filter({ responsibleId: bad(42) })],
    ["alsoParticipant: 'yes'", () => counted().filter({ contactId: 1, alsoParticipant: bad('yes') })],
    ['signal: {} (byContact)', () => counted().byContact(1, { signal: bad({}) })],
    ['signal: {} (get)', () => counted().get(1, { signal: bad({}) })],
    ['signal: {} (filter)', () => counted().filter({ signal: bad({}) })],
    ['a numeric sortBy', () => counted().byContact(1, { sortBy: bad(5) })],
    ['options that are a text', () => counted().byContact(1, bad('count=5'))],
    ['options that are null', () => counted().filter(bad(null))],
    ['from 2024-13-45', () => counted().filter({ from: '2024-13-45', to: '2024-12-31' })],
    ['to 2024-02-30', () => counted().filter({ from: '2024-01-01', to: '2024-02-30' })],
    ['to 2023-02-29T10:00', () => counted().filter({ from: '2023-01-01', to: '2023-02-29T10:00' })],
    ['from 2024-01-01T24:00:00', () => counted().filter({ from: '2024-01-01T24:00:00', to: '2024-01-02' })],
    [
      'an onEvent that throws',
      () =>
        counted({
          onEvent: () => {
            throw new Error('listener bug');
          },
        }).byContact(1),
    ],
  ])('%s: InvalidArgumentError', async (_, call) => {
    const before = { hits: hits.counted, timers: timers() };
    const error = await failure(call());
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(hits.counted).toBe(before.hits);
    expect(timers()).toBeLessThanOrEqual(before.timers);
  });

  it.each<[string, object]>([
    ['CR LF in userAgent', { userAgent: 'oo-crm\r\nX-Evil: 1' }],
    ['NUL in userAgent', { userAgent: 'oo-crm\u0000' }],
    ['a numeric userAgent', { userAgent: 7 }],
    ['onEvent that is not a function', { onEvent: 'log' }],
    ["allowInsecureHttp: 'yes'", { allowInsecureHttp: 'yes' }],
    ['a numeric baseUrl', { baseUrl: 8080 }],
  ])('%s: InvalidArgumentError from createClient', (_, options) => {
    expect(() => createClient({ baseUrl: base, auth: { token: TOKEN }, ...options } as never)).toThrow(
      InvalidArgumentError,
    );
  });

  it('createClient(null) and all-pages options that are not an object: InvalidArgumentError', () => {
    expect(() => createClient(null as never)).toThrow(InvalidArgumentError);
    expect(() => counted().allByContact(1, bad('all'))).toThrow(InvalidArgumentError);
    expect(() => counted().filterAll(bad(7))).toThrow(InvalidArgumentError);
  });

  it('calendar dates still pass: a leap day, and every accepted form', async () => {
    const page = await counted().filter({ from: '2024-02-29', to: '2024-03-01T09:00' });
    expect(page.items).toEqual([]);
    await counted().filter({ from: '2024-02-29T00:00:00', to: '2024-03-01T09:00:00.0000000+03:00' });
  });
});

// Keeps the generated page honest: the endless route serves what the encoder would.
it('the hostile server speaks the real wire format', () => {
  const page = JSON.parse(encodeOpportunities({ items: [] as Opportunity[] }, 'json'));
  expect(page).toEqual({ status: 0, statusCode: 200, response: [] });
});
