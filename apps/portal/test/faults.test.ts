import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../src/index.js';
import { startTestPortal, type TestPortal } from '../src/testing.js';
import { login, rawRequest } from './helpers.js';

const PATH = '/api/2.0/crm/opportunity/bycontact/1234';

let portal: TestPortal;
let token: string;

beforeAll(async () => {
  portal = await startTestPortal();
  token = await login(portal);
});
afterAll(() => portal.close());
// A fault its request never took must not reach the next test.
afterEach(() => portal.test.faults.clear());

const raw = (ms?: number) =>
  rawRequest(
    portal.port,
    `GET ${PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: ${token}\r\nConnection: close\r\n\r\n`,
    ms,
  );

describe('fault injection (test mode only)', () => {
  it('serves a planned answer once, then the real one', async () => {
    portal.test.faults.add({
      path: PATH,
      fault: { kind: 'respond', status: 503, headers: { 'retry-after': '1' }, body: 'busy' },
    });
    const first = await fetch(`${portal.url}${PATH}`, { headers: { authorization: token } });
    expect([first.status, first.headers.get('retry-after'), await first.text()]).toEqual([503, '1', 'busy']);
    expect((await fetch(`${portal.url}${PATH}`, { headers: { authorization: token } })).status).toBe(200);
  });

  it('resets the connection before any header', async () => {
    portal.test.faults.add({ fault: { kind: 'reset' } });
    await expect(raw()).rejects.toThrow('ECONNRESET');
  });

  it('hangs: headers never come', async () => {
    portal.test.faults.add({ fault: { kind: 'hang' } });
    expect(await raw(300)).toBe('');
  });

  it('stalls after the headers and part of the body', async () => {
    portal.test.faults.add({ fault: { kind: 'stall', bytes: 10 } });
    const answer = await raw(300);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer.split('\r\n\r\n')[1]).toHaveLength(10);
  });

  it('truncates: promises the whole length, sends half, closes', async () => {
    portal.test.faults.add({ fault: { kind: 'truncate' } });
    const answer = await raw();
    const length = Number(/content-length: (\d+)/i.exec(answer)?.[1]);
    expect(answer.split('\r\n\r\n')[1]!.length).toBe(Math.floor(length / 2));
  });

  it('sends an oversized body, declared or chunked', async () => {
    portal.test.faults.add({ fault: { kind: 'oversize', bytes: 200_000 } });
    const declared = await fetch(`${portal.url}${PATH}`, { headers: { authorization: token } });
    expect((await declared.arrayBuffer()).byteLength).toBe(200_000);
    portal.test.faults.add({ fault: { kind: 'oversize', bytes: 200_000, declared: false } });
    const chunked = await fetch(`${portal.url}${PATH}`, { headers: { authorization: token } });
    expect(chunked.headers.get('content-length')).toBeNull();
    expect((await chunked.arrayBuffer()).byteLength).toBe(200_000);
  });

  it('records what it received, headers included', async () => {
    const before = portal.test.received.length;
    await fetch(`${portal.url}${PATH}.xml`, { headers: { authorization: token } });
    expect(portal.test.received.slice(before)).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: `${PATH}.xml`,
        headers: expect.objectContaining({ authorization: token }),
      }),
    ]);
  });

  it('sets provider states, and refuses unknown ones', async () => {
    portal.test.setState('contact {contactId} has {count} opportunities', { contactId: 777, count: 5 });
    const page = (await (
      await fetch(`${portal.url}/api/2.0/crm/opportunity/bycontact/777`, {
        headers: { authorization: token },
      })
    ).json()) as {
      count: number;
    };
    expect(page.count).toBe(5);
    expect(() => portal.test.setState('no such state')).toThrow('unknown provider state');
  });
});

describe('shutdown', () => {
  it('closes promptly even with a request left hanging', async () => {
    const p = await startTestPortal();
    const t = await login(p);
    p.test!.faults.add({ fault: { kind: 'hang' } });
    const hanging = fetch(`${p.url}${PATH}`, { headers: { authorization: t } }).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await p.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});

describe('provider states over HTTP (test mode)', () => {
  it('sets a known state and refuses an unknown one', async () => {
    const set = (body: object) =>
      fetch(`${portal.url}/__test/state`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (
        await set({
          state: 'contact {contactId} has {count} opportunities',
          params: { contactId: 31337, count: 2 },
        })
      ).status,
    ).toBe(200);
    const page = await fetch(`${portal.url}/api/2.0/crm/opportunity/bycontact/31337`, {
      headers: { authorization: token },
    });
    expect(((await page.json()) as { count: number }).count).toBe(2);
    const unknown = await set({ state: 'the moon is made of cheese' });
    expect([unknown.status, ((await unknown.json()) as { error: string }).error]).toEqual([
      400,
      'unknown provider state: the moon is made of cheese',
    ]);
  });

  it('is not there outside test mode', async () => {
    const plain = await startPortal();
    try {
      expect((await fetch(`${plain.url}/__test/state`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
