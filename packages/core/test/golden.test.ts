import { readFixture, readJsonFixture } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import {
  decodeOpportunities,
  encodeApiError,
  encodeOpportunities,
  type OpportunityPage,
} from '../src/index.js';

const decoded = (name: string, format: 'json' | 'xml' = 'json'): OpportunityPage => {
  const result = decodeOpportunities(readFixture(name), format);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

// The domain JSON view: what `JSON.stringify` of decoded opportunities gives (enum names, dates as text…).
const domainView = (page: OpportunityPage): unknown => JSON.parse(JSON.stringify(page.items));

describe('golden fixtures', () => {
  it.each([
    ['documented.json', 'documented.domain.json'],
    ['server-deals.json', 'server-deals.domain.json'],
    ['paged.json', 'paged.domain.json'],
  ])('%s decodes to the domain view in %s', (wire, view) => {
    expect(domainView(decoded(wire))).toEqual(readJsonFixture(view));
  });

  it.each(['server-deals.json', 'paged.json', 'empty.json'])(
    'encode(decode(%s)) is value-equal to the server JSON',
    (name) => {
      expect(JSON.parse(encodeOpportunities(decoded(name), 'json'))).toEqual(readJsonFixture(name));
    },
  );

  it.each(['server-deals', 'paged', 'empty'])(
    '%s: the XML encoder reproduces the server XML byte for byte',
    (name) => {
      expect(encodeOpportunities(decoded(`${name}.json`), 'xml')).toBe(readFixture(`${name}.xml`));
    },
  );

  it.each(['server-deals', 'paged', 'empty'])(
    '%s: the server XML decodes to the same value as its JSON',
    (name) => {
      expect(decoded(`${name}.xml`, 'xml')).toEqual(decoded(`${name}.json`));
    },
  );

  it('the documented JSON and XML examples decode to the same value', () => {
    expect(decoded('documented.xml', 'xml')).toEqual(decoded('documented.json'));
  });

  it('keeps the paging figures of a paged envelope', () => {
    const { items, ...paging } = decoded('paged.json');
    expect(paging).toEqual({ count: 1, startIndex: 1, nextIndex: 3, total: 5 });
    expect(items).toHaveLength(1);
  });

  it('an empty list is a page with no items and no paging figures', () => {
    expect(decoded('empty.json')).toEqual({ items: [] });
    expect(decoded('empty.xml', 'xml')).toEqual({ items: [] });
  });

  it.each(['json', 'xml'] as const)('the %s error envelope is an api failure', (format) => {
    const body = readFixture(`error-404.${format}`);
    expect(decodeOpportunities(body, format)).toEqual({
      _tag: 'Left',
      left: { kind: 'api', statusCode: 404, message: 'Not found' },
    });
    expect(encodeApiError({ statusCode: 404, message: 'Not found' }, format)).toBe(body.trimEnd());
  });
});

describe('server facts, on the fixture', () => {
  const [annual, consulting, hardware] = decoded('server-deals.json').items;

  it('HTML-decodes employee names and encodes them back', () => {
    expect(annual?.createBy.displayName).toBe("Anna O'Neil");
    expect(hardware?.responsible.displayName).toBe('R&D Team <Lead>');
    expect(encodeOpportunities(decoded('server-deals.json'), 'json')).toContain(
      '"displayName":"Anna O&#39;Neil"',
    );
  });

  it('gives omitted defaults their values', () => {
    expect(annual).toMatchObject({ bidType: 'FixedBid', perPeriodValue: 0, accessList: [] });
    expect(consulting).toMatchObject({
      contact: null,
      description: '',
      bidType: 'PerHour',
      perPeriodValue: 40,
    });
    expect(hardware).toMatchObject({ bidValue: 0, bidCurrency: null, successProbability: 0 });
    expect(annual?.createBy.title).toBe('');
    expect(annual?.stage?.sortOrder).toBe(0);
  });

  it('keeps date text, exposes the instant, and reads the year-0001 sentinel as not set', () => {
    expect(annual?.created.text).toBe('2024-03-05T14:20:11.1234567+03:00');
    expect(annual?.created.date.toISOString()).toBe('2024-03-05T11:20:11.123Z');
    expect(annual?.actualCloseDate).toBeNull();
    expect(hardware?.expectedCloseDate).toBeNull();
  });

  it('keeps text verbatim: leading zeros and spaces', () => {
    expect(annual?.customFields.map((f) => f.fieldValue).slice(0, 2)).toEqual([
      '0042',
      '  two spaces before and after  ',
    ]);
  });
});
