// Hostile clients of the portal through real HTTP, each with its bound asserted: the portal's
// memory (this process's RSS: the portal runs in it), time as a ratio to a cheap request's, and a
// cheap request answered meanwhile (issue #24).
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../src/index.js';
import { login, rawRequest, seedRefusal } from './helpers.js';

const MiB = 2 ** 20;
setFlagsFromString('--expose-gc');
/** The portal's memory after a full collection: what it holds, not what it has yet to free. */
const rss = () => {
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().rss;
};
const API = '/api/2.0/crm/opportunity';

let portal: RunningPortal;
let token: string;
beforeAll(async () => {
  portal = await startPortal({ dataset: { deals: 10_000 } });
  token = await login(portal);
}, 60_000);
afterAll(() => portal.close());

const get = (path: string) => fetch(`${portal.url}${path}`, { headers: { authorization: token } });

/** The median time of a request, in ms, over a few runs. */
async function timed(path: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const response = await get(path);
    await response.arrayBuffer();
    expect(response.status).toBeLessThan(500);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Opens a connection that asks for `path` and never reads its answer. */
function neverReads(path: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(portal.port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: ${token}\r\n\r\n`);
      resolve(socket);
    });
    socket.pause();
  });
}

describe('readers that never read', () => {
  it('sixty pages of 1,000 deals held by readers that never read: bounded memory, others served', async () => {
    // The largest answer the server gives is a page of 1,000 (bycontact's contacts have a few
    // deals, and the filter's count=0 gives one row): about 3 MB of JSON each, 190 MB for sixty.
    // Distinct pages, so that none is the text of another kept. (Loopback's socket buffers can take
    // a page this size whole, so this bounds the portal's memory, not how it writes a page.)
    const before = rss();
    const readers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        neverReads(
          `${API}/filter?count=1000&startIndex=${(i % 10) * 1000}&sortBy=${i < 30 ? 'title' : 'bidValue'}`,
        ),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const t0 = performance.now();
    const cheap = await get(`${API}/1234`);
    const cheapMs = performance.now() - t0;
    expect(cheap.status).toBe(200);
    expect(cheapMs).toBeLessThan(5000);
    const grown = (rss() - before) / MiB;
    for (const r of readers) r.destroy();
    expect(grown).toBeLessThan(100);
  }, 60_000);
});

describe('searches', () => {
  it('a search of 2,000 repeated words costs what one word costs (words taken once)', async () => {
    const one = await timed(`${API}/filter?filterValue=cloud&count=25`);
    const many = await timed(`${API}/filter?filterValue=${Array(2000).fill('cloud').join('%20')}&count=25`);
    expect(many / one).toBeLessThan(4);
  });

  it('a search of thousands of distinct words is refused at once with the envelope (the cap)', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`).join('%20');
    const t0 = performance.now();
    const response = await get(`${API}/filter?filterValue=${words}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 1, statusCode: 400 });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('the cost of a page grows with the data it takes, not with the whole match (count=25 vs the whole search)', async () => {
    const page = await timed(`${API}/filter?sortBy=title&count=25`);
    const cheap = await timed(`${API}/1234`);
    expect(page / cheap).toBeLessThan(30);
  });
});

describe('floods and malformed targets', () => {
  it('a flood of 2,000 logins with 8 KiB names: each refused, memory bounded, others served', async () => {
    const before = rss();
    const long = 'n'.repeat(8 * 1024);
    for (let batch = 0; batch < 20; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          fetch(`${portal.url}/api/2.0/authentication`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ userName: `${batch}-${i}${long}`, password: 'x' }),
          }).then((r) => r.status),
        ),
      );
      expect(new Set(statuses)).toEqual(new Set([500]));
    }
    expect((await get(`${API}/1234`)).status).toBe(200);
    expect((rss() - before) / MiB).toBeLessThan(100);
  }, 60_000);

  it.each([
    ['a malformed escape in the path', `${API}/%zz`],
    ['a malformed escape in the id', `${API}/bycontact/%E0%A4`],
    ['an over-long id segment', `${API}/bycontact/${'1'.repeat(5000)}`],
    ['an over-long word segment', `${API}/${'a'.repeat(5000)}`],
  ])('%s with a token in the target: the portal’s own answer, never the target', async (_, path) => {
    const secret = 'SECRET-TOKEN-VALUE';
    const answer = await rawRequest(
      portal.port,
      `GET ${path}?asc_auth_key=${secret} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 (400|401|404) /);
    expect(answer).not.toContain(secret);
    expect(answer).not.toContain('FST_');
  });

  it('a malformed request line: a bare 400 page, naming nothing the client sent', async () => {
    const answer = await rawRequest(portal.port, 'GET /x?asc_auth_key=SECRET HTTP/9.9 junk\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).not.toContain('SECRET');
  });

  it('an absolute-form target is routed as its path', async () => {
    const answer = await rawRequest(
      portal.port,
      `GET http://127.0.0.1${API}/1234 HTTP/1.1\r\nHost: x\r\nAuthorization: ${token}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});

describe('hostile seeds: always a SeedError with issues, bounded', () => {
  const USERS = [{ userName: 'a@x.test', password: 'pw', role: 'user', displayName: 'A' }];

  it('a value nested a million deep: no stack overflow, the value named, not printed', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    const error = await seedRefusal({ users: USERS, deals: [{ id: 1, title: deep }] });
    expect(error.problems).toEqual(['seed.deals[0].title: expected string, got an array (1 items)']);
  });

  it('a 50 MB bad value is cut, never echoed whole', async () => {
    const huge = 'x'.repeat(50 * MiB);
    const error = await seedRefusal({ users: [{ ...USERS[0], role: huge }] });
    expect(error.message.length).toBeLessThan(1000);
    expect(error.issues[0]).toMatchObject({ kind: 'enum', path: ['users', 0, 'role'] });
  });

  it('a million bad entries: a hundred issues kept, the rest counted, twenty lines printed', async () => {
    const error = await seedRefusal({ users: USERS, contacts: Array(1_000_000).fill(7) });
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(1_000_000);
    expect(error.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(error.message).toContain('… and 999980 more');
  });

  it('entries of the right types that break the value rules and repeat an id: the same budget', async () => {
    const contacts = Array.from({ length: 200_000 }, () => ({ id: 0, displayName: 'x' }));
    const error = await seedRefusal({ users: USERS, contacts });
    // Each breaks the id's range, and each after the first defines contact 0 again.
    expect(error.issueCount).toBe(200_000 + 199_999);
    expect(error.issues).toHaveLength(100);
    expect(error.message.split('\n')).toHaveLength(1 + 20 + 1);
    expect(error.message).toContain('… and 399979 more');
  });

  it('text XML cannot carry is refused with its path', async () => {
    const error = await seedRefusal({
      users: USERS,
      deals: [{ id: 1, title: 'bell\u0001', tags: ['ok', 'half \uD83D'] }],
    });
    expect(error.problems).toEqual([
      'seed.deals[0].title: expected text XML can carry, got "bell\\u0001"',
      'seed.deals[0].tags[1]: expected text XML can carry, got "half \uD83D"',
    ]);
    expect(error.issues.map((i) => i.kind)).toEqual(['format', 'format']);
  });

  it('references to nothing are issues of their own kind', async () => {
    const error = await seedRefusal({
      users: USERS,
      deals: [{ id: 1, title: 'T', contact: 9, responsible: 'z' }],
    });
    expect(error.issues.map((i) => [i.kind, i.message])).toEqual([
      ['reference', 'no contact 9'],
      ['reference', 'no user "z"'],
    ]);
  });
});
