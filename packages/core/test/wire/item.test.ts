// One opportunity, as GET api/2.0/crm/opportunity/{id} answers it (docs/routes.md, docs/reference.md
// "byId"): the single-item envelope on the same entity codecs, with the by-id differences.
import { readJsonFixture } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import { decodeOpportunities, decodeOpportunity, encodeOpportunity, pathText } from '../../src/index.js';

type Wire = Record<string, unknown>;
const golden = readJsonFixture('server-deals.json') as { response: Wire[] };

/** The first golden deal (public) as the by-id route sends it: its access list always, a Heading among its fields. */
function byIdBody(): string {
  const deal: Wire = {};
  for (const [key, value] of Object.entries(golden.response[0]!)) {
    deal[key] = value;
    if (key === 'isPrivate') deal['accessList'] = [];
  }
  const fields = deal['customFields'] as Wire[];
  deal['customFields'] = [
    ...fields.slice(0, 4),
    { entityId: 0, label: 'Terms', fieldValue: '', fieldType: 4, position: 4, mask: '', id: 20 },
    ...fields.slice(4),
  ];
  return JSON.stringify({ count: 1, status: 0, statusCode: 200, response: deal });
}

const right = <A>(e: { _tag: string; right?: A; left?: unknown }): A => {
  if (e._tag !== 'Right') throw new Error(`expected Right, got ${JSON.stringify(e.left)}`);
  return e.right as A;
};

describe('one opportunity by id', () => {
  it('decodes the server body, Heading field included, and encodes it back to the same JSON', () => {
    const body = byIdBody();
    const deal = right(decodeOpportunity(body, 'json'));
    expect(deal.title).toBe('Annual support contract');
    expect(deal.accessList).toEqual([]);
    expect(deal.customFields.find((f) => f.fieldType === 'Heading')).toMatchObject({
      entityId: 0,
      fieldValue: '',
    });
    expect(JSON.parse(encodeOpportunity(deal, 'json'))).toEqual(JSON.parse(body));
  });

  it('is the same entity as the list item, and round-trips through XML (an empty access list writes no element)', () => {
    const deal = right(decodeOpportunity(byIdBody(), 'json'));
    const listed = right(decodeOpportunities(JSON.stringify(golden), 'json')).items[0]!;
    expect({ ...deal, customFields: listed.customFields }).toEqual(listed);
    const xml = encodeOpportunity(deal, 'xml');
    expect(
      xml.startsWith('<result><count>1</count><status>0</status><statusCode>200</statusCode><response>'),
    ).toBe(true);
    expect(xml).not.toContain('<accessList');
    expect(right(decodeOpportunity(xml, 'xml'))).toEqual(deal);
  });

  it('accepts a body without the access list (older writers), as []', () => {
    const body = byIdBody().replace('"accessList":[],', '');
    expect(right(decodeOpportunity(body, 'json')).accessList).toEqual([]);
  });

  it('reports a missing id as the error envelope, and a broken deal with its path', () => {
    const notFound = decodeOpportunity(
      '{"status":1,"statusCode":404,"error":{"message":"Not found"}}',
      'json',
    );
    expect(notFound).toEqual({ _tag: 'Left', left: { kind: 'api', statusCode: 404, message: 'Not found' } });
    const broken = decodeOpportunity(
      byIdBody().replace('"title":"Annual support contract"', '"title":7'),
      'json',
    );
    expect(
      broken._tag === 'Left' &&
        broken.left.kind === 'decode' &&
        broken.left.issues.map((i) => pathText(i.path)),
    ).toEqual(['response.title']);
    expect(broken._tag === 'Left' && broken.left.message).toContain('response.title: expected string, got 7');
  });
});
