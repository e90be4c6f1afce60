import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApiDateTime,
  AUTHENTICATION_CODE_ROUTE,
  AUTHENTICATION_ROUTE,
  BY_ID_ROUTE,
  BYCONTACT_ROUTE,
  FILTER_ROUTE,
  INT32_MAX,
  integerBounds,
  OPPORTUNITY_ROUTES,
  RequestRuleError,
  routeUrl,
} from '../../src/index.js';

/** The query of a relative URL as name/value pairs, read as a server reads it. */
const pairsOf = (url: string) => [...new URL(url, 'https://portal.example/').searchParams];
const pathOf = (url: string) => new URL(url, 'https://portal.example/base/').pathname;

describe('routeUrl: paths', () => {
  it('fills the path template and adds the suffix of the format', () => {
    expect(routeUrl(BYCONTACT_ROUTE, { contactid: 12 })).toBe('api/2.0/crm/opportunity/bycontact/12');
    expect(routeUrl(BYCONTACT_ROUTE, { contactid: '0' }, {}, { format: 'xml' })).toBe(
      'api/2.0/crm/opportunity/bycontact/0.xml',
    );
    expect(routeUrl(BY_ID_ROUTE, { opportunityid: 7 }, {}, { format: 'json' })).toBe(
      'api/2.0/crm/opportunity/7',
    );
    expect(routeUrl(FILTER_ROUTE, {}, {}, { format: 'xml' })).toBe('api/2.0/crm/opportunity/filter.xml');
    expect(routeUrl(AUTHENTICATION_ROUTE)).toBe('api/2.0/authentication');
    expect(routeUrl(AUTHENTICATION_CODE_ROUTE, { code: '12 34/..' })).toBe(
      'api/2.0/authentication/12%2034%2F..',
    );
  });

  it('resolves under a base path, never above it', () => {
    expect(pathOf(routeUrl(BY_ID_ROUTE, { opportunityid: 1 }))).toBe('/base/api/2.0/crm/opportunity/1');
  });

  it.each([
    [BY_ID_ROUTE, {}, 'opportunityid is required'],
    [BY_ID_ROUTE, { opportunityid: 0 }, 'opportunityid must be an integer from 1 to 2147483647'],
    [BY_ID_ROUTE, { opportunityid: '12/../1' }, 'opportunityid must be an integer from 1'],
    [BY_ID_ROUTE, { opportunityid: 1.5 }, 'opportunityid must be an integer from 1'],
    [BY_ID_ROUTE, { opportunityid: '' }, 'opportunityid must be an integer from 1'],
    [BY_ID_ROUTE, { opportunityid: 2_147_483_648 }, 'opportunityid must be an integer from 1'],
    [BYCONTACT_ROUTE, { contactid: -1 }, 'contactid must be an integer from 0 to 2147483647'],
    [BYCONTACT_ROUTE, { contactid: 1, opportunityid: 2 }, 'bycontact takes no path parameter opportunityid'],
    [AUTHENTICATION_CODE_ROUTE, { code: '' }, 'code must be non-empty text'],
  ])('refuses path arguments %#', (route, args, message) => {
    expect(() => routeUrl(route, args)).toThrow(RequestRuleError);
    expect(() => routeUrl(route, args)).toThrow(message);
  });
});

describe('routeUrl: queries', () => {
  it("sends the server's names in the table's order, repeated ones once per value", () => {
    const url = routeUrl(
      FILTER_ROUTE,
      {},
      {
        startIndex: 100,
        count: 50,
        sortOrder: 'descending',
        sortBy: 'bidValue',
        filterValue: ' hotel  cat ',
        toDate: '2024-12-31',
        fromDate: new Date(Date.UTC(2024, 0, 1)),
        tags: [' VIP ', 'renewal'],
        responsibleid: '93A3B9C0-3F6E-4D2A-9D63-1C2B3D4E5F60',
        opportunityStagesid: 3,
        stageType: 'ClosedAndWon',
        contactAlsoIsParticipant: true,
        contactid: 12,
      },
    );
    expect(pairsOf(url)).toEqual([
      ['contactid', '12'],
      ['contactAlsoIsParticipant', 'true'],
      ['stageType', 'ClosedAndWon'],
      ['opportunityStagesid', '3'],
      ['responsibleid', '93a3b9c0-3f6e-4d2a-9d63-1c2b3d4e5f60'],
      ['tags', 'VIP'],
      ['tags', 'renewal'],
      ['fromDate', '2024-01-01T00:00:00.0000000Z'],
      ['toDate', '2024-12-31'],
      ['filterValue', 'hotel  cat'],
      ['sortBy', 'bidValue'],
      ['sortOrder', 'descending'],
      ['count', '50'],
      ['startIndex', '100'],
    ]);
  });

  it('leaves out undefined values and blank texts', () => {
    expect(routeUrl(FILTER_ROUTE, {}, { filterValue: '   ', contactid: undefined })).toBe(
      'api/2.0/crm/opportunity/filter',
    );
    expect(routeUrl(BYCONTACT_ROUTE, { contactid: 1 }, { sortBy: '' })).toBe(
      'api/2.0/crm/opportunity/bycontact/1',
    );
  });

  it.each([
    [
      FILTER_ROUTE,
      { contactAlsoIsParticipant: true },
      'contactAlsoIsParticipant needs contactid: without it the server answers an empty list',
    ],
    [
      FILTER_ROUTE,
      { fromDate: '2024-01-01' },
      'fromDate and toDate go together: with only one of them the server answers an empty list',
    ],
    [FILTER_ROUTE, { toDate: new Date() }, 'fromDate and toDate go together'],
    [FILTER_ROUTE, { sortOrder: 'descending' }, 'sortOrder needs sortBy'],
    [FILTER_ROUTE, { count: 0 }, 'count must be an integer from 1 to 1000'],
    [FILTER_ROUTE, { count: 1001 }, 'count must be an integer from 1 to 1000'],
    [
      FILTER_ROUTE,
      { opportunityStagesid: INT32_MAX },
      'opportunityStagesid must be an integer from 1 to 2147483646',
    ],
    [FILTER_ROUTE, { stageType: 'Won' }, 'stageType must be one of Open, ClosedAndWon, ClosedAndLost'],
    [FILTER_ROUTE, { responsibleid: 'mike' }, 'responsibleid must be a GUID'],
    [
      FILTER_ROUTE,
      { fromDate: '2024-02-30', toDate: '2024-03-01' },
      'fromDate must be a Date or a date text',
    ],
    [FILTER_ROUTE, { fromDate: new Date(Number.NaN), toDate: new Date() }, 'fromDate is an invalid Date'],
    [FILTER_ROUTE, { tags: ['vip', ' '] }, 'tags must be non-empty texts'],
    [FILTER_ROUTE, { tags: 'vip' }, 'tags must be an array of texts'],
    [
      FILTER_ROUTE,
      { tags: ['a,b'] },
      'tags must not contain a comma: the server takes a comma as part of the tag (`tags=a,b` is the one tag "a,b"), which no tag of the CRM has',
    ],
    [
      FILTER_ROUTE,
      { filterValue: 'hotel, cat' },
      'filterValue must not contain a comma: the server reads only',
    ],
    [
      FILTER_ROUTE,
      { contactAlsoIsParticipant: 'yes', contactid: 1 },
      'contactAlsoIsParticipant must be true or false',
    ],
    [FILTER_ROUTE, { filterBy: 'title' }, 'filter takes no query parameter filterBy'],
    [
      BYCONTACT_ROUTE,
      { updatedSince: new Date() },
      'updatedSince is not supported: the real server never filters by it',
    ],
    [BYCONTACT_ROUTE, { filterValue: 'x' }, 'filterOp and filterValue need filterBy'],
    [
      BYCONTACT_ROUTE,
      { filterOp: 'like', filterBy: 'title' },
      'filterOp must be one of equals, contains, startsWith, endsWith, present',
    ],
    [BYCONTACT_ROUTE, { count: -1 }, 'count must be an integer from 0 to 1000'],
    [BYCONTACT_ROUTE, { sortBy: 5 }, 'sortBy must be a text'],
  ])('refuses %#: %j', (route, query, message) => {
    const args = route === BYCONTACT_ROUTE ? { contactid: 1 } : {};
    expect(() => routeUrl(route, args, query as never)).toThrow(RequestRuleError);
    expect(() => routeUrl(route, args, query as never)).toThrow(message);
  });

  it("names the caller's options in messages when given labels", () => {
    expect(() =>
      routeUrl(
        FILTER_ROUTE,
        {},
        { contactAlsoIsParticipant: true },
        { labels: { contactAlsoIsParticipant: 'alsoParticipant', contactid: 'contactId' } },
      ),
    ).toThrow('alsoParticipant needs contactId');
  });

  it('sends values as given, no rule checked, when unchecked (probing the server)', () => {
    const url = routeUrl(
      FILTER_ROUTE,
      {},
      { count: 0, stageType: 'Won', tags: ['a,b', ' '], contactAlsoIsParticipant: 'maybe' },
      { checked: false },
    );
    expect(pairsOf(url)).toEqual([
      ['contactAlsoIsParticipant', 'maybe'],
      ['stageType', 'Won'],
      ['tags', 'a,b'],
      ['tags', ' '],
      ['count', '0'],
    ]);
    expect(routeUrl(BY_ID_ROUTE, { opportunityid: '12/../1' }, {}, { checked: false })).toBe(
      'api/2.0/crm/opportunity/12%2F..%2F1',
    );
  });
});

const integerParameters = OPPORTUNITY_ROUTES.flatMap((route) =>
  route.parameters.filter((p) => p.type === 'integer').map((p) => ({ route, p })),
);
/** The path arguments a route needs besides the one under test. */
const pathArgsOf = (route: (typeof OPPORTUNITY_ROUTES)[number]) =>
  route === BYCONTACT_ROUTE ? { contactid: 1 } : route === BY_ID_ROUTE ? { opportunityid: 1 } : {};

describe('routeUrl: properties', () => {
  it.each(integerParameters.map(({ route, p }) => [`${route.name} ${p.name}`, route, p] as const))(
    '%s: every integer within the bounds is sent as its digits, every other one refused',
    (_, route, p) => {
      const { minimum, maximum } = integerBounds(p);
      fc.assert(
        fc.property(
          fc.oneof(
            fc.integer({ min: minimum, max: maximum }),
            fc.constantFrom(minimum, maximum),
            fc.integer(),
          ),
          (n) => {
            const build = () =>
              p.in === 'path'
                ? routeUrl(route, { [p.name]: n })
                : routeUrl(route, pathArgsOf(route), { [p.name]: n });
            if (n >= minimum && n <= maximum) {
              const url = build();
              if (p.in === 'path') expect(url.endsWith(`/${n}`)).toBe(true);
              else expect(pairsOf(url)).toEqual([[p.name, String(n)]]);
            } else {
              expect(build).toThrow(RequestRuleError);
            }
          },
        ),
      );
    },
  );

  it('any text reaches the server as it was given (percent-encoding round trip)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), (text) => {
        const url = routeUrl(
          BYCONTACT_ROUTE,
          { contactid: 1 },
          { sortBy: text, filterBy: text, filterValue: text },
        );
        expect(pairsOf(url)).toEqual([
          ['sortBy', text],
          ['filterBy', text],
          ['filterValue', text],
        ]);
      }),
    );
  });

  it('any list of tags is sent once per tag, trimmed, in order', () => {
    const tag = fc.string({ minLength: 1 }).filter((t) => t.trim() !== '' && !t.includes(','));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 8 }), (tags) => {
        const url = routeUrl(FILTER_ROUTE, {}, { tags });
        expect(pairsOf(url)).toEqual(tags.map((t) => ['tags', t.trim()]));
      }),
    );
  });

  it('a refused value is never quoted in the message', () => {
    const secret = fc.string({ minLength: 6 }).map((s) => `S3cr3t${s}`);
    fc.assert(
      fc.property(
        secret,
        fc.constantFrom('responsibleid', 'stageType', 'fromDate', 'sortBy'),
        (value, name) => {
          try {
            routeUrl(FILTER_ROUTE, {}, { [name]: value, toDate: '2024-01-01' });
            expect.unreachable();
          } catch (e) {
            expect(e).toBeInstanceOf(RequestRuleError);
            expect((e as Error).message).not.toContain('S3cr3t');
          }
        },
      ),
    );
  });

  it('any Date is sent as the server text of its instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const [name, from] = pairsOf(routeUrl(FILTER_ROUTE, {}, { fromDate: d, toDate: d }))[0] ?? [];
          expect([name, ApiDateTime.from(from ?? '').epochMs]).toEqual(['fromDate', d.getTime()]);
        },
      ),
    );
  });
});
