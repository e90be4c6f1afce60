// Who sees which deals, through real HTTP, rule by rule from ../shared/spec/list-and-access.md
// ("Sec" CRMSecutiry.cs, "DealDao" DealDao.cs).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../src/dataset/index.js';
import { type RunningPortal, startPortal } from '../src/index.js';
import { login } from './helpers.js';

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

describe('an unpaid portal', () => {
  it('answers every API call 402 "PaymentRequired", unless Payment-Info: false', async () => {
    const portal = await startPortal({ unpaid: true });
    try {
      const login402 = await fetch(`${portal.url}/api/2.0/authentication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(portal.user),
      });
      expect(login402.status).toBe(402);
      expect(await login402.json()).toMatchObject({ status: 1, error: { message: 'PaymentRequired' } });
      const response = await fetch(`${portal.url}/api/2.0/authentication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'payment-info': 'false' },
        body: JSON.stringify(portal.user),
      });
      expect(response.status).toBe(201);
      const token = ((await response.json()) as { response: { token: string } }).response.token;
      expect((await bycontact(portal, token, 104)).status).toBe(402);
      expect((await bycontact(portal, token, 104, { 'payment-info': 'false' })).status).toBe(200);
    } finally {
      await portal.close();
    }
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
