import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery, redactTarget } from '../src/aspnet/query.js';
import { Authenticator } from '../src/auth/authenticator.js';
import { LoginThrottle } from '../src/auth/login-throttle.js';
import { type RunningPortal, startPortal } from '../src/index.js';
import { login, rawRequest } from './helpers.js';

// Hostile clients of the portal: each gets the server's own answer, and nothing it sends leaks.

let portal: RunningPortal;
let token: string;
const logs: string[] = [];

beforeAll(async () => {
  portal = await startPortal({
    log: (line) => logs.push(line),
    loginThrottle: { attempts: 5, windowMs: 400 },
  });
  token = await login(portal);
});
afterAll(() => portal.close());

const get = (path: string, headers: Record<string, string> = { authorization: token }) =>
  fetch(`${portal.url}${path}`, { headers });
const BYCONTACT = '/api/2.0/crm/opportunity/bycontact/1234';

describe('repeated and malformed parameters get the server answer, never a framework error', () => {
  it.each([
    ['sortOrder twice', '?sortBy=title&sortOrder=a&sortOrder=b'],
    [
      'filterBy, filterValue and sortBy twice',
      '?filterBy=title&filterBy=id&filterValue=a&filterValue=b&sortBy=x&sortBy=y',
    ],
    ['count twice (the text before the first comma counts)', '?count=1&count=2'],
    ['startIndex with a comma', '?startIndex=0,5'],
    ['a malformed escape', '?sortBy=%E0%A4%A&filterValue=%'],
  ])('%s: 200 with the envelope', async (_, query) => {
    const response = await get(`${BYCONTACT}${query}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: number };
    expect(body.status).toBe(0);
  });

  it('count=1&count=2 reads as count 1', async () => {
    const body = (await (await get(`${BYCONTACT}?count=1&count=2`)).json()) as { response: unknown[] };
    expect(body.response).toHaveLength(1);
  });

  it('a malformed JSON login body: the envelope, not the framework text', async () => {
    const response = await fetch(`${portal.url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"userName":',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      status: 1,
      statusCode: 400,
      error: { message: 'Bad request', hresult: -2147467259, data: {} },
    });
  });
});

describe('credentials in odd places', () => {
  it('Cookie: asc_auth_key=% is no cookie: 401, not a 500', async () => {
    const response = await get(BYCONTACT, { cookie: 'asc_auth_key=%' });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('Unauthorized');
  });

  it('a token in ?asc%5Fauth%5Fkey= authenticates, and the log redacts it', async () => {
    logs.length = 0;
    const response = await get(`${BYCONTACT}?asc%5Fauth%5Fkey=${encodeURIComponent(token)}`, {});
    expect(response.status).toBe(200);
    const joined = logs.join('\n');
    expect(joined).toContain('asc%5Fauth%5Fkey=[redacted]');
    expect(joined).not.toContain(encodeURIComponent(token));
    expect(joined).not.toContain(token);
  });

  it.each([
    ['?ASC_AUTH_KEY=', 'ASC_AUTH_KEY=[redacted]'],
    ['?a=1&%61sc_auth_key=', '%61sc_auth_key=[redacted]'],
    ['?Password=', 'Password=[redacted]'],
  ])('redaction reads names as authentication does: %s', (prefix, shown) => {
    const target = `/x${prefix}s3cret&b=2`;
    expect(redactTarget(target)).toContain(shown);
    expect(redactTarget(target)).not.toContain('s3cret');
    expect(redactTarget(target)).toContain('&b=2');
  });

  it('the query is read as the server reads it: names without case, repeats joined by commas', () => {
    const query = readQuery('/x?SortBy=a&sortby=b&%63ount=5&bad=%zz');
    expect([...query]).toEqual([
      ['sortby', 'a,b'],
      ['count', '5'],
      ['bad', '%zz'],
    ]);
  });
});

describe('login throttling, as the server does it', () => {
  const attempt = (password: string, userName = 'anna.oneil@crm.example.com') =>
    fetch(`${portal.url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName, password }),
    }).then(async (r) => ({
      status: r.status,
      message: ((await r.json()) as { error?: { message: string } }).error?.message,
    }));

  it('five wrong passwords, then even the right one is refused with "Login Fail. Too many attempts"', async () => {
    for (let i = 0; i < 5; i++) {
      expect(await attempt('wrong')).toEqual({ status: 500, message: 'User authentication failed' });
    }
    expect(await attempt(portal.user.password)).toEqual({
      status: 500,
      message: 'Login Fail. Too many attempts',
    });
    // Another user is not locked out by it.
    expect((await attempt(portal.user.password, portal.user.userName)).status).toBe(201);
    // After the window, the right password works again.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await attempt(portal.user.password)).status).toBe(201);
  });

  it('a success gives its count back, so a user who logs in often is never locked out', async () => {
    for (let i = 0; i < 20; i++)
      expect((await attempt(portal.user.password, portal.user.userName)).status).toBe(201);
  });

  it('holds a bounded number of keys: a flood of names costs bounded memory', () => {
    let now = 0;
    const throttle = new LoginThrottle({ attempts: 5, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 150_000; i++) throttle.attempt(`user${i}`, '10.0.0.1');
    expect(throttle.size).toBe(100_000);
    now = 61_000;
    throttle.attempt('late', '10.0.0.1');
    expect(throttle.size).toBe(1);
  });
});

describe('issued tokens expire from memory', () => {
  it('an expired token is dropped when the next one is issued', async () => {
    const auth = new Authenticator(
      [
        {
          userName: 'a',
          password: 'p',
          employee: { id: 'x', displayName: 'A', title: '', avatarSmall: '', profileUrl: '' },
          role: 'user',
        },
      ],
      50,
      0,
    );
    for (let i = 0; i < 10; i++) auth.login('a', 'p');
    expect(auth.tokenCount).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 80));
    auth.login('a', 'p');
    expect(auth.tokenCount).toBe(1);
  });
});

describe('a raw request with a hostile head', () => {
  it('a header block over 16 KiB: 431, and the portal keeps serving', async () => {
    const answer = await rawRequest(
      portal.port,
      `GET ${BYCONTACT} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect((await get(BYCONTACT)).status).toBe(200);
  });
});
