// Two-factor login, as AuthenticationTokenData.cs answers it: `"token":null` and `tfa: true`
// (`<token />` in XML), then the token from `POST api/2.0/authentication/{code}`.
import { decodeAuthentication } from '@oo-crm/core';
import { right } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../src/index.js';
import { TWO_FACTOR_USER } from '../src/options.js';

let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

const body = () => JSON.stringify({ userName: TWO_FACTOR_USER.userName, password: portal.user.password });
const post = (path: string) =>
  fetch(`${portal.url}/api/2.0/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(),
  });

describe('a user with two-factor', () => {
  it('gets a null token for the password alone, and the demand for an app code', async () => {
    const response = await post('authentication');
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).toContain('"response":{"token":null,"tfa":true}');
    expect(decodeAuthentication(text)).toEqual(right({ tfa: true }));
  });

  it('writes the null token as an empty element in XML', async () => {
    const response = await post('authentication.xml');
    expect(response.status).toBe(201);
    expect(await response.text()).toContain('<response><token /><tfa>true</tfa></response>');
  });

  it('gets the token for the right code, with tfa true, and can read deals with it', async () => {
    const response = await post(`authentication/${TWO_FACTOR_USER.code}`);
    expect(response.status).toBe(201);
    const { response: session } = (await response.json()) as { response: { token: string; tfa: boolean } };
    expect(session.tfa).toBe(true);
    const deals = await fetch(`${portal.url}/api/2.0/crm/opportunity/bycontact/1234`, {
      headers: { authorization: session.token },
    });
    expect(deals.status).toBe(200);
  });

  it('is refused with a wrong code, as a failed login (500 "User authentication failed")', async () => {
    const response = await post('authentication/000000');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { message: 'User authentication failed' } });
  });

  it('is never locked out by correct logins, both steps each time (the portal gives the first step back)', async () => {
    for (let i = 0; i < 12; i++) {
      expect((await post('authentication')).status).toBe(201);
      expect((await post(`authentication/${TWO_FACTOR_USER.code}`)).status).toBe(201);
    }
  });
});
