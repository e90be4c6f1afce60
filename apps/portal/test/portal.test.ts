import { decodeOpportunities } from '@oo-crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../src/dataset/index.js';
import { type RunningPortal, startPortal, TWO_FACTOR_USER } from '../src/index.js';
import { login, rawRequest } from './helpers.js';

const BYCONTACT = '/api/2.0/crm/opportunity/bycontact';

let portal: RunningPortal;
let token: string;
const logs: string[] = [];

beforeAll(async () => {
  portal = await startPortal({ log: (line) => logs.push(line) });
  token = await login(portal);
});
afterAll(() => portal.close());

const get = (path: string, headers: Record<string, string> = { authorization: token }) =>
  fetch(`${portal.url}${path}`, { headers });

async function titlesOf(path: string, headers?: Record<string, string>) {
  const response = await get(path, headers);
  const body = await response.text();
  const format = response.headers.get('content-type')?.startsWith('text/xml') ? 'xml' : 'json';
  const decoded = decodeOpportunities(body, format);
  if (decoded._tag === 'Left') throw new Error(decoded.left.message);
  return { format, page: decoded.right, titles: decoded.right.items.map((o) => o.title) };
}

describe('login', () => {
  it('answers 201 with a token, its expiry and the asc_auth_key cookie (JSON body)', async () => {
    const response = await fetch(`${portal.url}/api/2.0/authentication.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(portal.user),
    });
    const body = (await response.json()) as Record<string, unknown> & { response: Record<string, string> };
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ count: 1, status: 0, statusCode: 201 });
    expect(body.response.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+03:00$/);
    expect(response.headers.get('set-cookie')).toContain(
      `asc_auth_key=${encodeURIComponent(body.response.token ?? '')}`,
    );
  });

  it('takes a form body too', async () => {
    const response = await fetch(`${portal.url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...portal.user }).toString(),
    });
    expect(response.status).toBe(201);
  });
});

describe('authentication of a request', () => {
  it.each([
    ['a raw token', () => ({ authorization: token })],
    ['a Bearer token', () => ({ authorization: `Bearer ${token}` })],
    [
      'Basic credentials',
      () => ({
        authorization: `Basic ${Buffer.from(`${portal.user.userName}:${portal.user.password}`).toString('base64')}`,
      }),
    ],
    ['the asc_auth_key cookie', () => ({ cookie: `other=1; asc_auth_key=${encodeURIComponent(token)}` })],
  ])('accepts %s', async (_, headers) => {
    expect((await get(`${BYCONTACT}/1234`, headers())).status).toBe(200);
  });

  it('accepts the token as ?asc_auth_key=', async () => {
    expect((await get(`${BYCONTACT}/1234?asc_auth_key=${encodeURIComponent(token)}`, {})).status).toBe(200);
  });

  it('answers 401 as ASP.NET does (not the envelope), without a challenge when no Authorization was sent', async () => {
    const response = await get(`${BYCONTACT}/1234`, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(await response.text()).toBe('Unauthorized');
  });

  it('answers 401 with the challenge Basic Realm="<host>" for a wrong token', async () => {
    const response = await get(`${BYCONTACT}/1234`, { authorization: `${token}x` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(`Basic Realm="127.0.0.1:${portal.port}"`);
  });

  it('takes Basic and Bearer only as written (case-sensitive); a Basic password ends at a second colon', async () => {
    const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
    const { userName, password } = portal.user;
    expect((await get(`${BYCONTACT}/1234`, { authorization: basic(`${userName}:${password}`) })).status).toBe(
      200,
    );
    expect(
      (await get(`${BYCONTACT}/1234`, { authorization: basic(`${userName}:${password}:x`) })).status,
    ).toBe(200);
    expect((await get(`${BYCONTACT}/1234`, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await get(`${BYCONTACT}/1234`, { authorization: `bearer ${token}` })).status).toBe(401);
    const lower = basic(`${userName}:${password}`).replace('Basic', 'basic');
    expect((await get(`${BYCONTACT}/1234`, { authorization: lower })).status).toBe(401);
  });

  it('lets a present asc_auth_key win over a valid token in the header, even when it is invalid', async () => {
    expect((await get(`${BYCONTACT}/1234?asc_auth_key=nope`, { authorization: token })).status).toBe(401);
    expect(
      (await get(`${BYCONTACT}/1234`, { authorization: token, cookie: 'asc_auth_key=nope' })).status,
    ).toBe(401);
    expect((await get(`${BYCONTACT}/1234?asc_auth_key=${encodeURIComponent(token)}`, {})).status).toBe(200);
  });

  it('answers charset=UTF-8 content types, XML for .xml and .tml, and JSON only for exactly application/json', async () => {
    expect((await get(`${BYCONTACT}/1234`)).headers.get('content-type')).toBe(
      'application/json; charset=UTF-8',
    );
    for (const suffix of ['xml', 'tml']) {
      const response = await get(`${BYCONTACT}/1234.${suffix}`);
      expect(response.headers.get('content-type')).toBe('text/xml; charset=UTF-8');
      expect(await response.text()).toMatch(/^<result>/);
    }
    const forced = await get(`${BYCONTACT}/1234.xml`, {
      authorization: token,
      'content-type': 'application/json',
    });
    expect(forced.headers.get('content-type')).toMatch(/^application\/json/);
    const notForced = await get(`${BYCONTACT}/1234.xml`, {
      authorization: token,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(notForced.headers.get('content-type')).toMatch(/^text\/xml/);
  });

  it('refuses an Authorization value with a bare CR, before any route', async () => {
    const answer = await rawRequest(
      portal.port,
      `GET ${BYCONTACT}/1234 HTTP/1.1\r\nHost: x\r\nAuthorization: ${token}\rX\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).not.toContain('"response"');
  });

  it('refuses a header block over 16 KiB with 431', async () => {
    const answer = await rawRequest(
      portal.port,
      `GET ${BYCONTACT}/1234 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
  });
});

describe('GET api/2.0/crm/opportunity/bycontact/{contactid}', () => {
  it('lists the documented contact 1234 with its deal "Hotel catalogue", in JSON', async () => {
    const { format, titles } = await titlesOf(`${BYCONTACT}/1234`);
    expect(format).toBe('json');
    expect(titles).toContain('Hotel catalogue');
  });

  it('answers the same deals in XML for the .xml suffix, and in JSON for .json', async () => {
    const json = await titlesOf(`${BYCONTACT}/101.json`);
    const xml = await titlesOf(`${BYCONTACT}/101.xml`);
    expect(xml.format).toBe('xml');
    expect(xml.page).toEqual(json.page);
  });

  it('ignores Accept, and answers JSON to .xml when the request carries a JSON content type', async () => {
    expect((await titlesOf(`${BYCONTACT}/101`, { authorization: token, accept: 'text/xml' })).format).toBe(
      'json',
    );
    expect(
      (await titlesOf(`${BYCONTACT}/101.xml`, { authorization: token, 'content-type': 'application/json' }))
        .format,
    ).toBe('json');
  });

  it('orders deals by title', async () => {
    const { titles } = await titlesOf(`${BYCONTACT}/101`);
    expect(titles).toEqual([...titles].sort());
    expect(titles.length).toBeGreaterThan(1);
  });

  it('answers an unknown contact with 200 and an empty list, exactly as the server', async () => {
    const response = await get(`${BYCONTACT}/999999`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"status":0,"statusCode":200,"response":[]}');
    expect(await (await get(`${BYCONTACT}/999999.xml`)).text()).toBe(
      '<result><status>0</status><statusCode>200</statusCode></result>',
    );
  });

  it.each(['abc', '-1', '1.5', '12ab', '1234.csv'])(
    'answers the id %j with the web server’s HTML 404',
    async (id) => {
      const response = await get(`${BYCONTACT}/${id}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    },
  );

  it('answers an id beyond Int32 with a 400 envelope', async () => {
    const response = await get(`${BYCONTACT}/2147483648`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 1, statusCode: 400 });
  });
});

describe('list parameters', () => {
  it('pages with count and startIndex, with total and nextIndex as the server computes them', async () => {
    const all = (await titlesOf(`${BYCONTACT}/101`)).titles;
    const { page } = await titlesOf(`${BYCONTACT}/101?count=2&startIndex=1`);
    expect(page.items.map((o) => o.title)).toEqual(all.slice(1, 3));
    expect(page).toMatchObject({ count: 2, startIndex: 1, nextIndex: 4, total: all.length });
  });

  it('has no nextIndex on a page that is not full, and no total when everything fits', async () => {
    const all = (await titlesOf(`${BYCONTACT}/101`)).titles;
    const { page } = await titlesOf(`${BYCONTACT}/101?count=1000`);
    expect(page).toEqual({ count: all.length, items: page.items });
  });

  it('sorts by any field, descending', async () => {
    const { page } = await titlesOf(`${BYCONTACT}/101?sortBy=bidValue&sortOrder=descending`);
    const values = page.items.map((o) => o.bidValue);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('filters by a field', async () => {
    const { titles } = await titlesOf(
      `${BYCONTACT}/1234?filterBy=title&filterOp=startsWith&filterValue=hotel`,
    );
    expect(titles).toEqual(['Hotel catalogue']);
  });

  it('ignores updatedSince, as the server does (CSL 114, 175-320), and fails outside the envelope on garbage (Ctx 89)', async () => {
    const all = (await titlesOf(`${BYCONTACT}/1234`)).titles;
    expect((await titlesOf(`${BYCONTACT}/1234?updatedSince=2030-01-01T00:00:00.0000000Z`)).titles).toEqual(
      all,
    );
    const response = await get(`${BYCONTACT}/1234?updatedSince=not-a-date`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('ignores a malformed count and treats count=0 as no limit (Ctx 52-69)', async () => {
    const all = (await titlesOf(`${BYCONTACT}/101`)).titles;
    expect((await titlesOf(`${BYCONTACT}/101?count=abc`)).titles).toEqual(all);
    expect((await titlesOf(`${BYCONTACT}/101?count=0`)).titles).toEqual(all);
  });

  it('projects items with fields= (a client must never send it: required properties vanish)', async () => {
    const json = (await (await get(`${BYCONTACT}/1234?fields=id,Title`)).json()) as { response: object[] };
    expect(json.response).toEqual([{ title: 'Hotel catalogue', id: expect.any(Number) }]);
    const xml = await (await get(`${BYCONTACT}/1234.xml?fields=id`)).text();
    expect(xml).toMatch(/<response><id>\d+<\/id><\/response>/);
  });

  it('answers 500 in the envelope for a sort by an object (I)', async () => {
    const response = await get(`${BYCONTACT}/101?sortBy=stage`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ status: 1, statusCode: 500 });
  });
});

describe('access', () => {
  it('shows private deals and private contacts only to users on their access list', async () => {
    const seen: number[][] = [];
    for (const [i, user] of USERS.entries()) {
      const userName = i === 0 ? portal.user.userName : `${user.login}@crm.example.com`;
      const code = userName === TWO_FACTOR_USER.userName ? TWO_FACTOR_USER.code : undefined;
      const t = await login(portal, { userName, password: portal.user.password }, code);
      const ids: number[] = [];
      for (let contact = 101; contact <= 120; contact++) {
        for (const o of (await titlesOf(`${BYCONTACT}/${contact}`, { authorization: t })).page.items) {
          ids.push(o.id);
          const linked = [...o.members, ...(o.contact ? [o.contact] : [])];
          for (const entity of [o, ...linked]) {
            if (entity.isPrivate) expect(entity.accessList.map((e) => e.id)).toContain(user.id);
          }
        }
      }
      seen.push(ids);
    }
    const everyone = new Set(seen.flat());
    expect(seen.every((ids) => new Set(ids).size < everyone.size)).toBe(true);
  });
});

describe('operations', () => {
  it('never logs a token, a password or a cookie', async () => {
    await get(`${BYCONTACT}/1234?asc_auth_key=${encodeURIComponent(token)}`, {
      cookie: `asc_auth_key=${token}`,
    });
    const all = logs.join('\n');
    expect(all).toContain('[redacted]');
    expect(all).not.toContain(token);
    expect(all).not.toContain(encodeURIComponent(token));
    expect(all).not.toContain(portal.user.password);
  });

  it('offers no test controls: they live behind @oo-crm/portal/testing', async () => {
    expect('test' in portal).toBe(false);
    expect((await fetch(`${portal.url}/__test/state`, { method: 'POST' })).status).toBe(404);
  });

  it("keeps deals' texts within keptTextBytes: none kept gives the same answers; a bound that is not a whole number of bytes is refused", async () => {
    const none = await startPortal({ keptTextBytes: 0 });
    try {
      const page = '/api/2.0/crm/opportunity/filter?count=0';
      const read = async (p: RunningPortal, path: string) =>
        (await fetch(`${p.url}${path}`, { headers: { authorization: await login(p) } })).text();
      for (const path of [page, `${page.replace('filter', 'filter.xml')}`]) {
        const kept = await read(portal, path);
        expect(await read(portal, path)).toBe(kept); // written once, then from what was kept
        expect(await read(none, path)).toBe(kept);
      }
    } finally {
      await none.close();
    }
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) {
      await expect(startPortal({ keptTextBytes: bad })).rejects.toThrow(/invalid keptTextBytes/);
    }
  });

  it('serves under a base path', async () => {
    const prefixed = await startPortal({ basePath: '/portal' });
    try {
      const t = await login(prefixed);
      expect(
        (await fetch(`${prefixed.url}${BYCONTACT}/1234`, { headers: { authorization: t } })).status,
      ).toBe(200);
      expect(prefixed.url).toMatch(/\/portal$/);
    } finally {
      await prefixed.close();
    }
  });
});
