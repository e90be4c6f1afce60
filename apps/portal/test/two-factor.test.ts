// Two-factor login, as AuthenticationTokenData.cs answers it: no token and `tfa: true`, then the
// token from `POST api/2.0/authentication/{code}`.
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
  it('gets no token for the password alone, but the demand for an app code', async () => {
    const response = await post('authentication');
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { response: Record<string, unknown> };
    expect(answer.response).toEqual({ tfa: true });
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
