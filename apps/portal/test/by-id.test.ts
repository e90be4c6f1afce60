// GET api/2.0/crm/opportunity/{id}, through real HTTP ("Deals" CRMApi.Deals.cs 52-61, 973-1015;
// docs/real-server.md).
import { decodeOpportunity, type Opportunity } from '@oo-crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../src/dataset/index.js';
import { type RunningPortal, startPortal } from '../src/index.js';
import { login } from './helpers.js';

let portal: RunningPortal;
let user: string;
let admin: string;
beforeAll(async () => {
  portal = await startPortal();
  user = await login(portal);
  admin = await login(portal, portal.admin);
});
afterAll(() => portal.close());

const get = (path: string, token: string) =>
  fetch(`${portal.url}/api/2.0/crm/opportunity/${path}`, { headers: { authorization: token } });

async function dealsOf(contactId: number, token: string): Promise<Opportunity[]> {
  const body = await (await get(`bycontact/${contactId}?count=0`, token)).json();
  return (body as { response: Opportunity[] }).response;
}

describe('one opportunity by id', () => {
  it('answers the deal, the same entity in JSON and XML, with its access list always sent', async () => {
    const [listed] = await dealsOf(1234, user);
    const json = await get(`${listed!.id}`, user);
    expect(json.status).toBe(200);
    const text = await json.text();
    expect(text).toContain('"accessList":[]');
    const fromJson = decodeOpportunity(text, 'json');
    const fromXml = decodeOpportunity(await (await get(`${listed!.id}.xml`, user)).text(), 'xml');
    expect(fromJson._tag).toBe('Right');
    expect(fromXml).toEqual(fromJson);
    expect(fromJson._tag === 'Right' && fromJson.right.title).toBe('Hotel catalogue');
  });

  it('shows a private deal to an administrator, and 404 "Not found" to a user it is hidden from', async () => {
    const hidden = (await dealsOf(102, admin)).find(
      (d) => d.isPrivate && !d.accessList?.some((e) => e.id === USERS[0]!.id),
    );
    expect(hidden).toBeDefined();
    expect((await get(`${hidden!.id}`, admin)).status).toBe(200);
    const refused = await get(`${hidden!.id}`, user);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({
      status: 1,
      statusCode: 404,
      error: { message: 'Not found' },
    });
  });

  it('lists every custom field by position, Headings with entityId 0 and an empty value', async () => {
    let headings = 0;
    for (const deal of await dealsOf(103, admin)) {
      const one = decodeOpportunity(await (await get(`${deal.id}`, admin)).text(), 'json');
      if (one._tag !== 'Right') throw new Error('expected a deal');
      const positions = one.right.customFields.map((f) => f.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      for (const f of one.right.customFields.filter((f) => f.fieldType === 'Heading')) {
        expect(f).toMatchObject({ entityId: 0, fieldValue: '' });
        headings++;
      }
    }
    expect(headings).toBeGreaterThan(0);
  });

  it('answers 400 for id 0 and beyond Int32, 404 for an unknown id, and the HTML 404 for a non-digit id', async () => {
    const zero = await get('0', user);
    expect(zero.status).toBe(400);
    expect(await zero.json()).toMatchObject({
      error: { message: 'Value does not fall within the expected range.' },
    });
    expect((await get('2147483648', user)).status).toBe(400);
    expect((await get('999999', user)).status).toBe(404);
    const word = await get('abc', user);
    expect(word.status).toBe(404);
    expect(word.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('gives a guest 403', async () => {
    const guest = await login(portal, portal.guest);
    expect((await get('1', guest)).status).toBe(403);
  });
});
