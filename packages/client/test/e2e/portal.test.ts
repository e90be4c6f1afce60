import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { TWO_FACTOR_USER } from '@oo-crm/portal';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortedError,
  ApiError,
  AuthenticationError,
  type ClientEvent,
  createClient,
  DecodeError,
  NetworkError,
  NotFoundError,
  type OoCrmError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  UnexpectedContentTypeError,
  UnexpectedRedirectError,
} from '../../src/index.js';

// End to end: real HTTP to the reference portal on a real port, with the global fetch.
let portal: TestPortal;
let bystander: Server;
const bystanderHits: string[] = [];

beforeAll(async () => {
  portal = await startTestPortal();
  bystander = createServer((req, res) => {
    bystanderHits.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.end('{}');
  });
  await new Promise<void>((resolve) => bystander.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await portal.close();
  await new Promise((resolve) => bystander.close(resolve));
});

const events: ClientEvent[] = [];
const client = (options: object = {}) =>
  createClient({
    baseUrl: portal.url,
    auth: portal.user,
    timeoutMs: 2000,
    onEvent: (e) => events.push(e),
    ...options,
  });

async function failure(promise: Promise<unknown>): Promise<OoCrmError> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: OoCrmError) => e,
  );
}

const fault = (f: Parameters<TestPortal['test']['faults']['add']>[0]) => portal.test.faults.add(f);
// A fault its request never took (a client that gave up first, on a loaded machine) must not
// reach the next test.
afterEach(() => portal.test.faults.clear());
const PATH = '/api/2.0/crm/opportunity/bycontact/';
const errors: OoCrmError[] = [];

describe('against the reference portal', () => {
  it('reads the documented contact in JSON and in XML, to the same values', async () => {
    const json = await client().opportunities.byContact(1234);
    const xml = await client({ format: 'xml' }).opportunities.byContact('1234');
    expect(json.items.map((o) => o.title)).toEqual(['Hotel catalogue']);
    expect(xml).toEqual(json);
  });

  it('follows the server’s paging over every page', async () => {
    portal.test.setState('contact {contactId} has {count} opportunities', { contactId: 4242, count: 2500 });
    const sizes: number[] = [];
    const ids = new Set<number>();
    for await (const page of client().opportunities.allByContact(4242)) {
      sizes.push(page.items.length);
      for (const o of page.items) ids.add(o.id);
    }
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(ids.size).toBe(2500);
  });

  it('follows paging with a small page size and a start index', async () => {
    const titles: string[] = [];
    for await (const page of client().opportunities.allByContact(4242, { count: 300, startIndex: 2000 }))
      titles.push(...page.items.map((o) => o.title));
    expect(titles).toHaveLength(500);
    expect(titles[0]).toBe('Deal 2001');
  });
});

describe('the paging iterator against the portal, as an administrator', () => {
  // Contact 103 has ten deals; the administrator sees them all (a regular user gets none).
  const admin = () => client({ auth: portal.admin });

  it.each([1, 2, 1000])(
    'pages of %i give every deal once, in order, in ceil(10 / size) pages',
    async (size) => {
      const whole = (await admin().opportunities.byContact(103, { count: 0 })).items.map((o) => o.id);
      expect(whole).toHaveLength(10);
      const pages: number[][] = [];
      for await (const page of admin().opportunities.allByContact(103, { count: size })) {
        pages.push(page.items.map((o) => o.id));
      }
      expect(pages.flat()).toEqual(whole);
      expect(pages).toHaveLength(Math.ceil(10 / size));
    },
  );

  it('with a filter, stops at the filtered total', async () => {
    const open = await admin().opportunities.byContact(103, {
      count: 0,
      filterBy: 'stage.stageType',
      filterValue: 'Open',
    });
    expect(open.items.length).toBeGreaterThan(2);
    expect(open.items.length).toBeLessThan(10);
    const paged: number[] = [];
    for await (const page of admin().opportunities.allByContact(103, {
      count: 2,
      filterBy: 'stage.stageType',
      filterValue: 'Open',
    })) {
      paged.push(...page.items.map((o) => o.id));
    }
    expect(paged).toEqual(open.items.map((o) => o.id));
  });

  it('a regular user gets nothing for that contact: one hidden deal empties the answer', async () => {
    expect((await client().opportunities.byContact(103)).items).toEqual([]);
  });
});

describe('one opportunity by id, against the portal', () => {
  it('reads the documented deal, to the same values in JSON and XML', async () => {
    const [listed] = (await client().opportunities.byContact(1234)).items;
    const json = await client().opportunities.get(listed!.id);
    const xml = await client({ format: 'xml' }).opportunities.get(String(listed!.id));
    expect(json.title).toBe('Hotel catalogue');
    expect(xml).toEqual(json);
    expect({ ...json, customFields: listed!.customFields }).toEqual(listed);
  });

  it('is a NotFoundError for a deal hidden from the caller, which an administrator reads', async () => {
    const admin = client({ auth: portal.admin });
    const hidden = (await admin.opportunities.byContact(102, { count: 0 })).items.find((d) => d.isPrivate);
    expect(hidden).toBeDefined();
    expect((await admin.opportunities.get(hidden!.id)).id).toBe(hidden!.id);
    const error = await failure(client().opportunities.get(hidden!.id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    const left = await client().opportunities.getTE(hidden!.id)();
    expect(left._tag === 'Left' && left.left.code).toBe('NOT_FOUND');
  });
});

describe('a search (opportunity/filter), against the portal', () => {
  const admin = () => client({ auth: portal.admin });

  it("lists contact 103's visible deals, which bycontact empties for a regular user", async () => {
    expect((await client().opportunities.byContact(103)).items).toEqual([]);
    const all = (await admin().opportunities.filter({ contactId: 103, alsoParticipant: true })).items;
    const visible = all.filter(
      (d) => !d.isPrivate || d.accessList?.some((e) => e.displayName === 'Mike Zanyatski'),
    );
    expect(all).toHaveLength(10);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(10);
    const page = await client().opportunities.filter({ contactId: 103, alsoParticipant: true });
    expect(page.items.map((d) => d.id)).toEqual(visible.map((d) => d.id));
    expect(page.total).toBe(visible.length);
    const viaFilter: number[] = [];
    for await (const p of client().opportunities.allByContact(103, { via: 'filter', count: 2 })) {
      viaFilter.push(...p.items.map((d) => d.id));
    }
    expect(viaFilter).toEqual(visible.map((d) => d.id));
  });

  it('filterAll pages through every match by total, the same deals as one big page', async () => {
    const whole = await admin().opportunities.filter({ stageType: 'Open' });
    expect(whole.total).toBe(whole.items.length);
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const p of admin().opportunities.filterAll({ stageType: 'Open', count: 7 })) {
      sizes.push(p.items.length);
      ids.push(...p.items.map((d) => d.id));
    }
    expect(ids).toEqual(whole.items.map((d) => d.id));
    expect(sizes).toHaveLength(Math.ceil(whole.items.length / 7));
    expect(whole.items.every((d) => d.stage?.stageType === 'Open')).toBe(true);
  });

  it('reads the same page in XML, sorted and searched, and as a TaskEither', async () => {
    const options = { text: 'Deal', sortBy: 'bidValue', sortOrder: 'descending', count: 20 } as const;
    const json = await admin().opportunities.filter(options);
    const xml = await client({ auth: portal.admin, format: 'xml' }).opportunities.filter(options);
    expect(xml).toEqual(json);
    const bids = json.items.map((d) => d.bidValue);
    expect(bids).toEqual([...bids].sort((a, b) => b - a));
    expect(json.nextIndex).toBe(21);
    const right = await admin().opportunities.filterTE(options)();
    expect(right._tag === 'Right' && right.right).toEqual(json);
  });
});

describe('a login with two-factor', () => {
  it('is an AuthenticationError with reason two-factor: the client does not do the second step', async () => {
    const error = await failure(
      client({
        auth: { userName: TWO_FACTOR_USER.userName, password: portal.user.password },
      }).opportunities.byContact(1234),
    );
    expect(error).toMatchObject({ code: 'AUTHENTICATION', reason: 'two-factor' });
    expect(error.message).not.toContain(portal.user.password);
  });
});

describe('faults over real HTTP', () => {
  it('retries a connection reset before the headers', async () => {
    fault({ path: `${PATH}1234`, times: 2, fault: { kind: 'reset' } });
    expect((await client().opportunities.byContact(1234)).items).toHaveLength(1);
  });

  it('gives a NetworkError after resets on every attempt', async () => {
    fault({ path: `${PATH}1234`, times: 3, fault: { kind: 'reset' } });
    const e = await failure(client().opportunities.byContact(1234));
    expect([e, e.attempts]).toEqual([expect.any(NetworkError), 3]);
    errors.push(e);
  });

  it('times out a server that never answers', async () => {
    fault({ path: `${PATH}1234`, fault: { kind: 'hang' } });
    const e = await failure(client({ timeoutMs: 300, retries: 0 }).opportunities.byContact(1234));
    expect(e).toBeInstanceOf(TimeoutError);
    errors.push(e);
  });

  it('times out a body that stalls', async () => {
    fault({ path: `${PATH}1234`, fault: { kind: 'stall', bytes: 100 } });
    const e = await failure(client({ timeoutMs: 300, retries: 0 }).opportunities.byContact(1234));
    expect(e).toBeInstanceOf(TimeoutError);
  });

  it('gives a NetworkError for a truncated body, never partial data', async () => {
    fault({ path: `${PATH}1234`, fault: { kind: 'truncate' } });
    const e = await failure(client({ retries: 0 }).opportunities.byContact(1234));
    expect(e).toBeInstanceOf(NetworkError);
    errors.push(e);
  });

  it.each([true, false])('refuses an oversized body (Content-Length declared: %s)', async (declared) => {
    fault({ path: `${PATH}1234`, fault: { kind: 'oversize', bytes: 5_000_000, declared } });
    const e = await failure(client({ maxResponseBytes: 1_000_000 }).opportunities.byContact(1234));
    expect([e, e.attempts]).toEqual([expect.any(ResponseTooLargeError), 1]);
    errors.push(e);
  });

  it('rides out a burst of 5xx', async () => {
    fault({
      path: `${PATH}1234`,
      times: 2,
      fault: { kind: 'respond', status: 503, headers: { 'retry-after': '0' } },
    });
    expect((await client().opportunities.byContact(1234)).items).toHaveLength(1);
  });

  it('gives a ServerError when 5xx outlasts the retries', async () => {
    fault({
      path: `${PATH}1234`,
      times: 3,
      fault: { kind: 'respond', status: 502, headers: { 'retry-after': '0' } },
    });
    const e = await failure(client().opportunities.byContact(1234));
    expect([e, e.attempts, e.status]).toEqual([expect.any(ServerError), 3, 502]);
    errors.push(e);
  });

  it.each([
    ['0', 0],
    ['1', 1000],
    ['garbage', 0],
  ])('honours 429 with Retry-After %j', async (value, atLeast) => {
    fault({
      path: `${PATH}1234`,
      fault: { kind: 'respond', status: 429, headers: { 'retry-after': value } },
    });
    const started = Date.now();
    expect((await client().opportunities.byContact(1234)).items).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(atLeast);
  });

  it('honours 429 with an HTTP-date Retry-After', async () => {
    fault({
      path: `${PATH}1234`,
      fault: {
        kind: 'respond',
        status: 429,
        headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
      },
    });
    expect((await client().opportunities.byContact(1234)).items).toHaveLength(1);
  });

  it('fails fast on a 429 whose Retry-After is huge', async () => {
    fault({
      path: `${PATH}1234`,
      fault: { kind: 'respond', status: 429, headers: { 'retry-after': '86400' } },
    });
    const started = Date.now();
    const e = await failure(client().opportunities.byContact(1234));
    expect([e, e.attempts]).toEqual([expect.any(RateLimitError), 1]);
    expect(Date.now() - started).toBeLessThan(1000);
    errors.push(e);
  });

  it('does not follow a redirect to another port, which receives nothing', async () => {
    const port = (bystander.address() as AddressInfo).port;
    fault({
      path: `${PATH}1234`,
      fault: { kind: 'respond', status: 302, headers: { location: `http://127.0.0.1:${port}/steal` } },
    });
    const e = await failure(client().opportunities.byContact(1234));
    expect([e, e.status]).toEqual([expect.any(UnexpectedRedirectError), 302]);
    expect(bystanderHits).toEqual([]);
    errors.push(e);
  });

  it('refuses an HTML page served with 200', async () => {
    fault({
      path: `${PATH}1234`,
      fault: {
        kind: 'respond',
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<html>maintenance</html>',
      },
    });
    const e = await failure(client().opportunities.byContact(1234));
    expect(e).toBeInstanceOf(UnexpectedContentTypeError);
    errors.push(e);
  });

  it('reports an error envelope served with 200 as an ApiError', async () => {
    const body =
      '{"status":1,"statusCode":500,"error":{"message":"Portal is being moved","hresult":1,"data":{}}}';
    fault({
      path: `${PATH}1234`,
      fault: { kind: 'respond', status: 200, headers: { 'content-type': 'application/json' }, body },
    });
    const e = await failure(client().opportunities.byContact(1234));
    expect([e, e.message]).toEqual([expect.any(ApiError), expect.stringContaining('Portal is being moved')]);
    errors.push(e);
  });

  it('reports hostile XML as a DecodeError', async () => {
    const body = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><result>&x;</result>';
    fault({
      path: `${PATH}1234.xml`,
      fault: { kind: 'respond', status: 200, headers: { 'content-type': 'text/xml' }, body },
    });
    const e = await failure(client({ format: 'xml' }).opportunities.byContact(1234));
    expect(e).toBeInstanceOf(DecodeError);
    errors.push(e);
  });

  it('answers a wrong password with an AuthenticationError', async () => {
    const e = await failure(
      client({
        auth: { userName: portal.user.userName, password: 'wrong-password' },
      }).opportunities.byContact(1),
    );
    expect([e, (e as AuthenticationError).reason]).toEqual([expect.any(AuthenticationError), 'login-failed']);
    errors.push(e);
  });

  it('logs in again after the portal forgot its tokens', async () => {
    const c = client();
    await c.opportunities.byContact(1234);
    portal.test.setState('no token is valid');
    expect((await c.opportunities.byContact(1234)).items).toHaveLength(1);
  });
});

describe('cancellation at each stage', () => {
  const abortAfter = (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms);
    return controller.signal;
  };

  it.each([
    ['waiting for headers', { kind: 'hang' } as const],
    ['reading a stalled body', { kind: 'stall', bytes: 50 } as const],
    ['sleeping before a retry', { kind: 'respond', status: 503, headers: { 'retry-after': '20' } } as const],
  ])('while %s', async (_, f) => {
    fault({ path: `${PATH}1234`, fault: f });
    const started = Date.now();
    const e = await failure(
      client({ timeoutMs: 10_000 }).opportunities.byContact(1234, { signal: abortAfter(150) }),
    );
    expect(e).toBeInstanceOf(AbortedError);
    expect(Date.now() - started).toBeLessThan(1500);
    errors.push(e);
  });
});

describe('secrets', () => {
  it('never appear in any error or event: message, stack, JSON, inspect', async () => {
    const token = 'TOKEN-7f3a9c0e-never-print-me';
    const e = await failure(
      createClient({
        baseUrl: portal.url,
        auth: { token },
        onEvent: (ev) => events.push(ev),
      }).opportunities.byContact(1),
    );
    errors.push(e);
    expect(errors.length).toBeGreaterThan(12);
    const secrets = [token, portal.user.password, 'wrong-password'];
    for (const error of errors) {
      const views = [
        error.message,
        error.stack ?? '',
        JSON.stringify(error),
        inspect(error, { depth: Infinity, showHidden: true }),
        String(error),
      ];
      for (const view of views) for (const secret of secrets) expect(view).not.toContain(secret);
    }
    const logged = JSON.stringify(events);
    for (const secret of secrets) expect(logged).not.toContain(secret);
    expect(logged).toContain('[redacted]');
  });
});
