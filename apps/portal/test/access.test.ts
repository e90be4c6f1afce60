// Who sees which deals, through real HTTP, rule by rule from the server's source (CommunityServer
// 7c503dfb: "Sec" CRMSecutiry.cs, "DealDao" DealDao.cs; docs/real-server.md states the rules).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../src/dataset/index.js';
import { type RunningPortal, startPortal } from '../src/index.js';
import { login, rawRequest } from './helpers.js';

interface Wire {
  readonly status: number;
  readonly response?: ReadonlyArray<{
    readonly id: number;
    readonly isPrivate: boolean;
    readonly accessList?: ReadonlyArray<{ readonly id: string }>;
    readonly contact?: { readonly id: number; readonly shareType: number; readonly isShared: boolean };
    readonly members: ReadonlyArray<{
      readonly id: number;
      readonly shareType: number;
      readonly isShared: boolean;
      readonly accessList?: ReadonlyArray<{ readonly id: string }>;
    }>;
  }>;
  readonly error?: { readonly message: string };
}

async function bycontact(portal: RunningPortal, token: string, id: number, headers = {}) {
  const response = await fetch(`${portal.url}/api/2.0/crm/opportunity/bycontact/${id}`, {
    headers: { authorization: token, ...headers },
  });
  return { status: response.status, body: (await response.json()) as Wire };
}

const ids = (body: Wire) => (body.response ?? []).map((d) => d.id).sort((a, b) => a - b);

describe('roles', () => {
  let portal: RunningPortal;
  let tokens: { user: string; admin: string; guest: string };
  beforeAll(async () => {
    portal = await startPortal();
    tokens = {
      user: await login(portal, portal.user),
      admin: await login(portal, portal.admin),
      guest: await login(portal, portal.guest),
    };
  });
  afterAll(() => portal.close());

  it('an administrator sees every deal of a contact, private ones included (Sec 796-799)', async () => {
    const { body } = await bycontact(portal, tokens.admin, 102);
    expect(body.response).toHaveLength(4);
    expect(body.response?.some((d) => d.isPrivate)).toBe(true);
  });

  it('a regular user gets none of them when one is hidden: all or nothing (DealDao 490-539, 636-642)', async () => {
    const { status, body } = await bycontact(portal, tokens.user, 102);
    expect(status).toBe(200);
    expect(body.response).toEqual([]);
  });

  it('a regular user gets the whole list when nothing is hidden from them', async () => {
    expect(ids((await bycontact(portal, tokens.user, 104)).body)).toEqual(
      ids((await bycontact(portal, tokens.admin, 104)).body),
    );
  });

  it('a guest (no CRM access) gets 403 "Forbidden" in the envelope', async () => {
    const { status, body } = await bycontact(portal, tokens.guest, 101);
    expect(status).toBe(403);
    expect(body).toMatchObject({ status: 1, statusCode: 403, error: { message: 'Forbidden' } });
  });

  it('isShared is true exactly for Read and ReadWrite (ContactWrapper 400)', async () => {
    for (const id of [101, 102, 103, 104, 110]) {
      for (const deal of (await bycontact(portal, tokens.admin, id)).body.response ?? []) {
        for (const c of [...deal.members, ...(deal.contact ? [deal.contact] : [])]) {
          expect(c.isShared).toBe(c.shareType !== 0);
        }
      }
    }
  });

  it('hides from a regular user the contacts shared with no one, unless on their access list (Sec 271-277)', async () => {
    let hiddenSomewhere = false;
    for (let id = 101; id <= 130; id++) {
      const admin = (await bycontact(portal, tokens.admin, id)).body.response ?? [];
      const user = (await bycontact(portal, tokens.user, id)).body.response ?? [];
      for (const deal of user) {
        for (const c of deal.members) {
          if (c.shareType === 0) expect(c.accessList?.map((e) => e.id)).toContain(USERS[0]!.id);
        }
        const adminDeal = admin.find((d) => d.id === deal.id);
        if ((adminDeal?.members.length ?? 0) > deal.members.length) hiddenSomewhere = true;
      }
    }
    expect(hiddenSomewhere).toBe(true);
  });
});

describe('an unpaid portal (ProductSecurityFilter.cs 78-135; docs/real-server.md, "Who sees which deals")', () => {
  let unpaid: RunningPortal;
  let token: string;
  let guestToken: string;
  beforeAll(async () => {
    unpaid = await startPortal({ unpaid: true });
    // The login is exempt from the payment check.
    token = await login(unpaid);
    guestToken = await login(unpaid, unpaid.guest);
  });
  afterAll(() => unpaid.close());

  const BY_ID = '/api/2.0/crm/opportunity/1234';
  it.each([
    ['no Payment-Info: 402', BY_ID, { authorization: 'user' }, {}, 402],
    ['Payment-Info empty: 402', BY_ID, { authorization: 'user' }, { 'payment-info': '' }, 402],
    ['Payment-Info true, any case: 402', BY_ID, { authorization: 'user' }, { 'payment-info': 'TRUE' }, 402],
    ['Payment-Info false: served', BY_ID, { authorization: 'user' }, { 'payment-info': 'false' }, 200],
    [
      'Payment-Info of any other value: served',
      BY_ID,
      { authorization: 'user' },
      { 'payment-info': 'x' },
      200,
    ],
    ['no credentials: 401 before 402', BY_ID, {}, {}, 401],
    ['a guest: 403 overrides 402', BY_ID, { authorization: 'guest' }, {}, 403],
    ['a bad argument: 400 before 402', '/api/2.0/crm/opportunity/0', { authorization: 'user' }, {}, 400],
    ['filter: 402', '/api/2.0/crm/opportunity/filter', { authorization: 'user' }, {}, 402],
    ['bycontact: 402', '/api/2.0/crm/opportunity/bycontact/1234', { authorization: 'user' }, {}, 402],
  ] as const)('%s', async (_, path, who, headers, status) => {
    const authorization =
      'authorization' in who ? (who.authorization === 'user' ? token : guestToken) : undefined;
    const response = await fetch(`${unpaid.url}${path}`, {
      headers: { ...(authorization ? { authorization } : {}), ...headers },
    });
    expect(response.status).toBe(status);
    if (status === 402) {
      expect(await response.json()).toMatchObject({
        status: 1,
        statusCode: 402,
        error: { message: 'PaymentRequired' },
      });
    }
  });

  it('answers the 402 in XML for the .xml suffix', async () => {
    const response = await fetch(`${unpaid.url}${BY_ID}.xml`, { headers: { authorization: token } });
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=UTF-8');
    expect(await response.text()).toContain('<message>PaymentRequired</message>');
  });

  it('checks the routed path: an absolute-form request target does not get past it', async () => {
    const answer = await rawRequest(
      unpaid.port,
      `GET http://127.0.0.1${BY_ID} HTTP/1.1\r\nHost: x\r\nAuthorization: ${token}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 402/);
  });
});

describe('over generated datasets', () => {
  it("a regular user's bycontact answer is the admin's list in full, or empty", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const portal = await startPortal({ dataset: { seed, deals: 40 } });
        try {
          const user = await login(portal, portal.user);
          const admin = await login(portal, portal.admin);
          for (let id = 101; id <= 125; id++) {
            const seenByUser = ids((await bycontact(portal, user, id)).body);
            const seenByAdmin = ids((await bycontact(portal, admin, id)).body);
            if (seenByUser.length > 0) expect(seenByUser).toEqual(seenByAdmin);
          }
        } finally {
          await portal.close();
        }
      }),
      { numRuns: 5 },
    );
  });
});
