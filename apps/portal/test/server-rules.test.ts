// The server rules (CommunityServer 7c503dfb; docs/real-server.md) that round three (#28) read in
// the server's source, one table row per rule with its source lines, through real HTTP.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Seed, type SeededPortal, startPortal } from '../src/index.js';
import { login } from './helpers.js';

const USER = { userName: 'ann@acme.test', password: 'ann-pw' };
const ADMIN = { userName: 'boss@acme.test', password: 'boss-pw' };
const SEED: Seed = {
  users: [
    { ...USER, role: 'user', displayName: 'Ann' },
    { ...ADMIN, role: 'admin', displayName: 'Boss' },
  ],
  contacts: [
    { id: 1, displayName: 'Open Ltd', shareType: 'Read' },
    { id: 2, displayName: 'Hidden plc' },
    { id: 3, displayName: 'Editable', shareType: 'ReadWrite' },
  ],
  deals: [
    { id: 30, title: 'Charlie', contact: 1, members: [1], stage: 2, tags: ['a,b', 'vip'] },
    { id: 10, title: 'Alpha', contact: 1, members: [1], stage: 1, tags: ['vip'] },
    { id: 20, title: 'Bravo', contact: 2, members: [2, 3], stage: 1 },
    {
      id: 40,
      title: 'Delta',
      contact: 3,
      members: [3],
      stage: 5,
      isPrivate: true,
      accessList: [ADMIN.userName],
    },
  ],
};

let portal: SeededPortal;
let user: string;
let admin: string;
beforeAll(async () => {
  portal = await startPortal({ seed: SEED });
  [user, admin] = [await login(portal, USER), await login(portal, ADMIN)];
});
afterAll(() => portal.close());

const get = (path: string, token = user) =>
  fetch(`${portal.url}/api/2.0/crm/opportunity/${path}`, { headers: { authorization: token } });

interface Wire {
  readonly total?: number;
  readonly nextIndex?: number;
  readonly response: ReadonlyArray<{ readonly id: number }>;
}

describe('sortBy on opportunity/filter (SortedByTypeEnum.cs 31-39; Deals 380-392)', () => {
  it.each<[query: string, token: 'user' | 'admin', ids: number[], total?: number]>([
    ['sortBy=id&count=2', 'user', [10, 20], 3],
    ['sortBy=ID&sortOrder=descending', 'user', [30, 20, 10], 3],
    ['sortBy=5&sortOrder=descending', 'user', [30, 20, 10], 3],
    ['sortBy=0', 'user', [10, 20, 30], 3],
    ['sortBy=99&sortOrder=descending', 'user', [10, 20, 30], 3],
    ['sortBy=', 'admin', [10, 20, 30, 40], 4],
    ['sortBy=nosuch', 'admin', [10, 20, 30, 40], 4],
    ['sortBy=nosuch', 'user', [], 0],
  ])('%s as %s → %j', async (query, who, ids, total) => {
    const body = (await (await get(`filter?${query}`, who === 'user' ? user : admin)).json()) as Wire;
    expect(body.response.map((d) => d.id)).toEqual(ids);
    expect(body.total).toBe(total);
  });
});

describe('the list figures (Ctx 52-69; ApiStandartResponce.cs 53, 56; RF 68; HB 186-189)', () => {
  it('count=-1 is ignored: the default page of 1000 (ulong.TryParse)', async () => {
    const body = (await (await get('filter?count=-1')).json()) as Wire;
    expect(body.response.map((d) => d.id)).toEqual([10, 20, 30]);
  });

  it('writes "total":0 on the filter route when nothing matches', async () => {
    const text = await (await get('filter?contactid=999')).text();
    expect(text).toContain('"total":0');
  });

  it('count=0 on bycontact sets total (0 < the list), and nextIndex when the filtered page is empty', async () => {
    const body = (await (await get('bycontact/1?count=0&filterBy=title&filterValue=zzz')).json()) as Wire;
    expect(body).toMatchObject({ total: 0, nextIndex: 1, response: [] });
    const all = (await (await get('bycontact/1?count=0')).json()) as Wire;
    expect(all.total).toBe(2);
  });
});

describe('filter parameters (Deals 358-453; AbstractDao.cs 85-103)', () => {
  it.each<[query: string, status: number, ids: number[]]>([
    ['tags=a,b', 200, [30]],
    ['tags=a&tags=b', 200, []],
    ['tags=vip&tags[]=a,b', 200, [30]],
    ['tags=vip&tags=vip', 200, []],
    ['stageType=5', 200, []],
    ['stageType=-1', 200, []],
    ['stageType=0', 200, [10, 20, 30]],
    ['stageType=OPEN', 200, [10, 20, 30]],
  ])('%s → %i %j', async (query, status, ids) => {
    const response = await get(`filter?${query}&sortBy=id`);
    expect(response.status).toBe(status);
    expect(((await response.json()) as Wire).response.map((d) => d.id)).toEqual(ids);
  });

  it('stageType that is neither a name nor an integer is a 400', async () => {
    expect((await get('filter?stageType=Pending')).status).toBe(400);
  });
});

describe('rights (Sec 436-438, 471-477, 519-522; Deals 973-1015)', () => {
  it('the primary contact on {id} is there even when hidden from the caller, with no rights', async () => {
    const body = (await (await get('20')).json()) as {
      response: { contact: { id: number; canEdit: boolean; canDelete: boolean }; members: { id: number }[] };
    };
    expect(body.response.contact).toMatchObject({ id: 2, canEdit: false, canDelete: false });
    expect(body.response.members.map((m) => m.id)).toEqual([3]);
  });
});

/** Every contact object in a wire value. */
function contactsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) contactsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('shareType' in o) out.push(o);
    for (const v of Object.values(o)) contactsIn(v, out);
  }
  return out;
}

describe('every contact the portal sends keeps the server’s invariants (a property over generated data)', () => {
  it('private ⇔ shareType None ⇔ accessList sent; isShared ⇔ Read or ReadWrite; canDelete ⇒ canEdit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const p = await startPortal({ dataset: { seed, deals: 30 } });
        try {
          const contacts: Record<string, unknown>[] = [];
          for (const who of [p.user, p.admin]) {
            const token = await login(p, who);
            for (const path of ['filter?count=0&sortBy=nosuch', 'filter', 'bycontact/101', '5001', '5002']) {
              const response = await fetch(`${p.url}/api/2.0/crm/opportunity/${path}`, {
                headers: { authorization: token },
              });
              contactsIn(await response.json(), contacts);
            }
          }
          expect(contacts.length).toBeGreaterThan(0);
          for (const c of contacts) {
            const none = c['shareType'] === 0;
            expect({
              id: c['id'],
              private: c['isPrivate'],
              list: 'accessList' in c,
              shared: c['isShared'],
            }).toEqual({
              id: c['id'],
              private: none,
              list: none,
              shared: !none,
            });
            if (c['canDelete'] === true) expect(c['canEdit']).toBe(true);
          }
        } finally {
          await p.close();
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('the lows (docs/real-server.md)', () => {
  let plain: Awaited<ReturnType<typeof startPortal>>;
  beforeAll(async () => {
    plain = await startPortal({ dataset: { deals: 40 } });
  });
  afterAll(() => plain.close());

  it('type= names the data contract exactly: Opportunity keeps nothing (on the filter route too)', async () => {
    const token = await login(plain);
    const ids = async (q: string) =>
      (
        (await (
          await fetch(`${plain.url}/api/2.0/crm/opportunity/filter?${q}`, {
            headers: { authorization: token },
          })
        ).json()) as Wire
      ).response.length;
    expect(await ids('type=opportunity')).toBeGreaterThan(0);
    expect(await ids('type=Opportunity')).toBe(0);
  });

  it('a suffix is matched as written: filter.XML is no route (JsonNetSerializer 44, 97)', async () => {
    const token = await login(plain);
    const answer = await fetch(`${plain.url}/api/2.0/crm/opportunity/filter.XML`, {
      headers: { authorization: token },
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('{id} lists the custom fields with a value and every Heading of the portal (CustomFieldDao 402-436)', async () => {
    const token = await login(plain, plain.admin);
    for (const id of [5001, 5002, 5003, 5004, 5005]) {
      const body = (await (
        await fetch(`${plain.url}/api/2.0/crm/opportunity/${id}`, { headers: { authorization: token } })
      ).json()) as {
        response: { customFields: { fieldType: number; fieldValue: string; entityId: number }[] };
      };
      const fields = body.response.customFields;
      expect(fields.filter((f) => f.fieldType === 4)).toEqual([
        expect.objectContaining({ entityId: 0, fieldValue: '' }),
      ]);
      expect(fields.filter((f) => f.fieldType !== 4 && f.fieldValue.trim() === '')).toEqual([]);
    }
  });

  it('login parameter names in any case, from the body or the query; authentication.xml answers XML (ApiArgumentBuilder 52, 150-290)', async () => {
    const demo = plain.user!;
    const q = new URLSearchParams({ USERNAME: demo.userName, PassWord: demo.password });
    const fromQuery = await fetch(`${plain.url}/api/2.0/authentication?${q}`, { method: 'POST' });
    expect(fromQuery.status).toBe(201);
    const xml = await fetch(`${plain.url}/api/2.0/authentication.xml`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ UserName: demo.userName, password: demo.password }),
    });
    expect(xml.status).toBe(201);
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=UTF-8');
    expect(await xml.text()).toMatch(/^<result>.*<token>/);
  });
});

describe('the texts the portal keeps of what it sent (routes/kept-texts.ts, ItemTexts)', () => {
  it('never gives one caller what another saw of the same deal', async () => {
    const contactOf = async (token: string) => {
      const body = (await (await get('filter?sortBy=id', token)).json()) as {
        response: { id: number; contact: { id: number } | null }[];
      };
      return body.response.find((d) => d.id === 20)?.contact?.id ?? null;
    };
    for (let i = 0; i < 2; i++) {
      expect(await contactOf(admin)).toBe(2);
      expect(await contactOf(user)).toBe(null);
    }
  });
});

describe('the order of checks on {id} (HB 118; ApiArgumentBuilder.cs 158-179)', () => {
  it('an unparsable updatedSince on {id} is ASP.NET’s 500 page, outside the envelope', async () => {
    const answer = await get('10?updatedSince=garbage');
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('a GET with Content-Type: text/xml is a 500 envelope, after the credentials', async () => {
    const answer = await fetch(`${portal.url}/api/2.0/crm/opportunity/10`, {
      headers: { authorization: user, 'content-type': 'text/xml' },
    });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ status: 1, statusCode: 500 });
    const anonymous = await fetch(`${portal.url}/api/2.0/crm/opportunity/10`, {
      headers: { 'content-type': 'text/xml' },
    });
    expect(anonymous.status).toBe(401);
  });
});
