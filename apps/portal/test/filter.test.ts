// GET api/2.0/crm/opportunity/filter through real HTTP, on a seed small enough to know every answer
// (docs/real-server.md; "Deals" CRMApi.Deals.cs 358-453, "DealDao" 259-360, 461-634).
import { decodeOpportunities } from '@oo-crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS } from '../src/crm/selection.js';
import { type Seed, type SeededPortal, startPortal } from '../src/index.js';
import { login } from './helpers.js';

const ANN = { userName: 'ann@acme.test', password: 'ann-pw' };
const BOSS = { userName: 'boss@acme.test', password: 'boss-pw' };
const SEED: Seed = {
  users: [
    { ...ANN, role: 'user', displayName: 'Ann Lee' },
    { ...BOSS, role: 'admin', displayName: 'The Boss' },
    { userName: 'bob@acme.test', password: 'bob-pw', role: 'user', displayName: 'Bob Stone' },
    { userName: 'gus@acme.test', password: 'gus-pw', role: 'guest', displayName: 'Gus' },
  ],
  contacts: [
    { id: 1, displayName: 'Acme Ltd', isCompany: true, shareType: 'Read' },
    { id: 2, displayName: 'Zeta plc', isCompany: true, shareType: 'ReadWrite' },
  ],
  deals: [
    {
      id: 10,
      title: 'Hotel catalogue',
      description: 'Printed brochure',
      contact: 1,
      members: [1],
      stage: 1,
      bidValue: 500,
      responsible: 'ann@acme.test',
      tags: ['VIP', 'renewal'],
    },
    {
      id: 11,
      title: 'Catalogue reprint',
      contact: 1,
      members: [1, 2],
      stage: 5,
      bidValue: 1500,
      created: '2024-03-10',
      responsible: 'bob@acme.test',
      tags: ['vip'],
    },
    {
      id: 12,
      title: 'Secret merger',
      contact: 1,
      members: [1],
      stage: 2,
      bidValue: 9000,
      isPrivate: true,
      accessList: ['bob@acme.test'],
      tags: ['VIP', 'Renewal'],
    },
    {
      id: 13,
      title: 'Fleet lease',
      contact: 2,
      members: [2],
      stage: 6,
      bidValue: 200,
      created: '2024-06-01',
    },
    { id: 14, title: 'Hotelier training', description: 'Hotel staff', contact: 2, stage: 3, bidValue: 50 },
  ],
};

let portal: SeededPortal;
let ann: string;
let boss: string;
beforeAll(async () => {
  portal = await startPortal({ seed: SEED });
  ann = await login(portal, ANN);
  boss = await login(portal, BOSS);
});
afterAll(() => portal.close());

interface Envelope {
  readonly status: number;
  readonly count?: number;
  readonly startIndex?: number;
  readonly nextIndex?: number;
  readonly total?: number;
  readonly response: ReadonlyArray<{ readonly id: number; readonly responsible: { readonly id: string } }>;
}

const get = (query: string, token = ann, path = 'filter') =>
  fetch(`${portal.url}/api/2.0/crm/opportunity/${path}${query === '' ? '' : `?${query}`}`, {
    headers: { authorization: token },
  });

async function page(query: string, token = ann): Promise<Envelope> {
  const answer = await get(query, token);
  expect(answer.status).toBe(200);
  return (await answer.json()) as Envelope;
}

const ids = async (query: string, token = ann) => (await page(query, token)).response.map((d) => d.id);

describe('opportunity/filter: what it selects', () => {
  it('lists every deal the caller may see, by stage when no sortBy is given', async () => {
    expect(await ids('')).toEqual([10, 14, 11, 13]);
    expect(await ids('', boss)).toEqual([10, 12, 14, 11, 13]);
    expect(await ids('sortOrder=descending')).toEqual([10, 14, 11, 13]);
  });

  it("lists a contact's visible deals where bycontact answers none (one of them is hidden)", async () => {
    const bycontact = await get('', ann, 'bycontact/1');
    expect(((await bycontact.json()) as Envelope).response).toEqual([]);
    expect(await ids('contactid=1&contactAlsoIsParticipant=true')).toEqual([10, 11]);
    expect(await ids('contactid=1&contactAlsoIsParticipant=true', boss)).toEqual([10, 12, 11]);
  });

  it('takes the primary contact, or the participants with contactAlsoIsParticipant', async () => {
    expect(await ids('contactid=2')).toEqual([14, 13]);
    expect(await ids('contactid=2&contactAlsoIsParticipant=true')).toEqual([11, 13]);
    expect(await ids('contactid=2&contactAlsoIsParticipant=false')).toEqual([14, 13]);
  });

  it('matches the stage type by name in any case or by number, the stage id and the responsible', async () => {
    expect(await ids('stageType=ClosedAndWon')).toEqual([11]);
    expect(await ids('stagetype=closedandlost')).toEqual([13]);
    expect(await ids('stageType=0')).toEqual([10, 14]);
    expect(await ids('opportunityStagesid=3')).toEqual([14]);
    const [reprint] = (await page('stageType=ClosedAndWon')).response;
    expect(await ids(`responsibleid=${reprint!.responsible.id}`)).toEqual([11]);
    expect(await ids(`responsibleid=${reprint!.responsible.id.toUpperCase()}`)).toEqual([11]);
  });

  it('keeps the deals that carry all the tags, in any case, repeated or as tags[]', async () => {
    expect(await ids('tags=vip')).toEqual([10, 11]);
    expect(await ids('tags=VIP&tags=renewal')).toEqual([10]);
    expect(await ids('tags[]=vip&tags[]=RENEWAL', boss)).toEqual([10, 12]);
    expect(await ids('tags=partner')).toEqual([]);
  });

  it('searches as Elasticsearch does by default: each word *word* in the title, description or a custom field (BundleSearch 123-150)', async () => {
    expect(await ids('filterValue=hotel')).toEqual([10, 14]);
    expect(await ids('filterValue=catalogue')).toEqual([10, 11]);
    expect(await ids('filterValue=CAT%20hot')).toEqual([10]);
    expect(await ids('filterValue=staff')).toEqual([14]);
    expect(await ids('filterValue=talogue')).toEqual([10, 11]);
    // Only the text before the first comma counts.
    expect(await ids('filterValue=fleet,hotel')).toEqual([13]);
  });

  it('answers every text search with nothing without Elasticsearch (--full-text none; BundleSearch 143)', async () => {
    const plain = await startPortal({ seed: SEED, fullText: 'none' });
    try {
      const answer = await fetch(`${plain.url}/api/2.0/crm/opportunity/filter?filterValue=hotel`, {
        headers: { authorization: await login(plain, ANN) },
      });
      expect(((await answer.json()) as Envelope).response).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it(`takes each search word once, and answers 400 past ${MAX_SEARCH_WORDS} distinct words (the portal's bound)`, async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join('%20');
    expect(await ids(`filterValue=${Array(2000).fill('hotel').join('%20')}`)).toEqual([10, 14]);
    expect(await ids(`filterValue=hotel%20${words(MAX_SEARCH_WORDS - 1)}`)).toEqual([]);
    const refused = await get(`filterValue=hotel%20${words(MAX_SEARCH_WORDS)}`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `The search has more than ${MAX_SEARCH_WORDS} words.`,
    );
  });

  it('windows the close date (the actual one once closed) only when both ends are given', async () => {
    expect(await ids('fromDate=2024-03-01&toDate=2024-04-01')).toEqual([11]);
    expect(await ids('fromDate=2024-01-01T00:00:00.0000000%2B03:00&toDate=2024-12-31')).toEqual([11, 13]);
  });

  // DealDao 290-295: `WhereConditional` is null when the tags leave no id (and when the contact's
  // deals share none with them); 580-585: a date window then applies alone (`Where(null)`).
  const MARCH = '&fromDate=2024-03-01&toDate=2024-04-01';
  const YEAR = '&fromDate=2024-01-01&toDate=2024-12-31';
  it.each([
    ['a tag no deal carries, with the window: the window alone', `tags=partner${MARCH}`, [11]],
    ['the same without the window: nothing', 'tags=partner', []],
    ['a tag no deal carries drops the contact condition', `tags=partner&contactid=2${MARCH}`, [11]],
    [
      'a repeated tag (it never matches), with the window: the window alone',
      `tags=vip&tags=vip${MARCH}`,
      [11],
    ],
    ['a tag that matches: the window applies to its deals', `tags=renewal${MARCH}`, []],
    [
      'the tag’s deals and the participant’s share none',
      `tags=renewal&contactid=2&contactAlsoIsParticipant=true${YEAR}`,
      [11, 13],
    ],
    ['the same without the window: nothing', 'tags=renewal&contactid=2&contactAlsoIsParticipant=true', []],
  ])('tags and the date window: %s', async (_, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('answers [] for parameters that leave no condition: one date alone, contactAlsoIsParticipant alone, a blank text', async () => {
    expect(await ids('fromDate=2024-03-01')).toEqual([]);
    expect(await ids('toDate=2024-03-01')).toEqual([]);
    expect(await ids('contactAlsoIsParticipant=true')).toEqual([]);
    expect(await ids('filterValue=%20')).toEqual([]);
  });
});

describe('opportunity/filter: order and paging', () => {
  it('sorts by the five database orders, and by any other property in memory', async () => {
    expect(await ids('sortBy=bidValue&sortOrder=descending', boss)).toEqual([12, 11, 10, 13, 14]);
    expect(await ids('sortBy=title', boss)).toEqual([11, 13, 10, 14, 12]);
    expect(await ids('sortBy=dateAndTime', boss)).toEqual([10, 12, 14, 11, 13]);
    expect(await ids('sortBy=id&sortOrder=descending', boss)).toEqual([14, 13, 12, 11, 10]);
  });

  it('pages in the database: total always, nextIndex one past the next start, startIndex echoed', async () => {
    const first = await page('count=2', boss);
    expect(first).toMatchObject({ count: 2, total: 5, nextIndex: 3 });
    expect(first.response.map((d) => d.id)).toEqual([10, 12]);
    const second = await page('count=2&startIndex=2', boss);
    expect(second).toMatchObject({ count: 2, startIndex: 2, total: 5, nextIndex: 5 });
    expect(second.response.map((d) => d.id)).toEqual([14, 11]);
    const last = await page('count=2&startIndex=4', boss);
    expect(last).toMatchObject({ count: 1, startIndex: 4, total: 5 });
    expect(last.nextIndex).toBeUndefined();
    // A short page's total is startIndex + its rows, even past the end.
    const beyond = await page('count=2&startIndex=9', boss);
    expect(beyond.response).toEqual([]);
    expect(beyond.total).toBe(9);
    // A page that is all there is: total all the same, and no nextIndex.
    const all = await page('', boss);
    expect(all.total).toBe(5);
    expect(all.nextIndex).toBeUndefined();
  });

  it('gives one row for count=0 (the database is asked for count + 1)', async () => {
    const zero = await page('count=0', boss);
    expect(zero.response.map((d) => d.id)).toEqual([10]);
    expect(zero.total).toBe(5);
    expect(zero.nextIndex).toBeUndefined();
  });

  it('pages an in-memory sort with the generic list rules', async () => {
    const first = await page('sortBy=id&count=2', boss);
    expect(first.response.map((d) => d.id)).toEqual([10, 11]);
    expect(first).toMatchObject({ total: 5, nextIndex: 3 });
    const second = await page('sortBy=id&count=2&startIndex=2', boss);
    expect(second.response.map((d) => d.id)).toEqual([12, 13]);
  });
});

describe('opportunity/filter: forms and refusals', () => {
  it('answers the same page in JSON and XML (.xml and .tml), through the core decoder', async () => {
    const json = decodeOpportunities(await (await get('tags=vip')).text(), 'json');
    const xml = decodeOpportunities(await (await get('tags=vip', ann, 'filter.xml')).text(), 'xml');
    const tml = decodeOpportunities(await (await get('tags=vip', ann, 'filter.tml')).text(), 'xml');
    expect(json._tag).toBe('Right');
    expect(xml).toEqual(json);
    expect(tml).toEqual(json);
  });

  it('answers 400 with the envelope for ids, GUIDs, stage types, booleans and dates it cannot read', async () => {
    for (const query of [
      'contactid=abc',
      'contactid=2147483648',
      'opportunityStagesid=x',
      'responsibleid=not-a-guid',
      'stageType=Pending',
      'contactAlsoIsParticipant=maybe',
      'fromDate=someday&toDate=2024-01-01',
    ]) {
      const answer = await get(query);
      expect(answer.status, query).toBe(400);
      expect(await answer.json(), query).toMatchObject({ status: 1, statusCode: 400 });
    }
  });

  it('refuses a guest (403) and a caller without credentials (401)', async () => {
    const guest = await login(portal, { userName: 'gus@acme.test', password: 'gus-pw' });
    expect((await get('', guest)).status).toBe(403);
    expect((await fetch(`${portal.url}/api/2.0/crm/opportunity/filter`)).status).toBe(401);
  });
});
