// fast-check arbitraries for the domain: every value they make is one the server could send.
import fc from 'fast-check';
import {
  ApiDateTime,
  type Contact,
  type Currency,
  type CustomField,
  type Employee,
  type Opportunity,
  type OpportunityPage,
  type Stage,
} from '../src/index.js';
import { FORBIDDEN_CHAR } from '../src/xml/text.js';

/** Text XML 1.0 can carry, with the awkward cases made likely. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !FORBIDDEN_CHAR.test(s)),
  fc.constantFrom(
    '',
    '  spaced  ',
    '0042',
    '&amp;',
    'A &amp; B',
    '<b>',
    "O'Neil",
    'line\r\nbreak',
    'true',
    '1e3',
    '¥€',
  ),
);

const id = fc.integer({ min: 0, max: 2_147_483_647 });
const guid = fc.uuid().map((u) => u.toLowerCase());

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** A date-time as the server writes it: 7 fraction digits and an offset (never the unset sentinel). */
export const apiDateTime: fc.Arbitrary<ApiDateTime> = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    ticks: fc.integer({ min: 0, max: 9_999_999 }),
    zone: fc.constantFrom('Z', '+03:00', '-05:00', '+05:30', '+14:00', '-12:00'),
  })
  .map(({ year, month, day, hour, minute, second, ticks, zone }) =>
    ApiDateTime.from(
      `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ticks, 7)}${zone}`,
    ),
  );

export const employee: fc.Arbitrary<Employee> = fc.record({
  id: guid,
  displayName: text,
  title: text,
  avatarSmall: fc.option(text, { nil: null }),
  profileUrl: text,
});

export const currency: fc.Arbitrary<Currency> = fc.record({
  title: text,
  symbol: text,
  abbreviation: text,
  cultureName: text,
  isConvertable: fc.boolean(),
  isBasic: fc.boolean(),
});

export const stage: fc.Arbitrary<Stage> = fc.record({
  successProbability: fc.integer({ min: 0, max: 100 }),
  stageType: fc.constantFrom('Open', 'ClosedAndWon', 'ClosedAndLost'),
  id,
  title: text,
  description: text,
  color: fc.constantFrom('', '#a7fc00', '#E36B69'),
  sortOrder: fc.nat(),
});

export const customField: fc.Arbitrary<CustomField> = fc.record({
  entityId: id,
  label: text,
  fieldValue: text,
  fieldType: fc.constantFrom('TextField', 'TextArea', 'SelectBox', 'CheckBox', 'Heading', 'Date'),
  position: fc.nat(),
  mask: text,
  id,
});

const list = <A>(a: fc.Arbitrary<A>) => fc.array(a, { maxLength: 3 });

export const contact: fc.Arbitrary<Contact> = fc.record({
  smallFotoUrl: text,
  mediumFotoUrl: text,
  displayName: text,
  isCompany: fc.boolean(),
  accessList: list(employee),
  isPrivate: fc.boolean(),
  isShared: fc.boolean(),
  shareType: fc.constantFrom('None', 'ReadWrite', 'Read'),
  currency: fc.option(currency, { nil: null }),
  canEdit: fc.boolean(),
  canDelete: fc.boolean(),
  id,
});

// Money: any finite double but -0, which neither JSON nor XML can carry.
const money = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));

export const opportunity: fc.Arbitrary<Opportunity> = fc.record({
  createBy: employee,
  created: apiDateTime,
  members: list(contact),
  contact: fc.option(contact, { nil: null }),
  title: text,
  description: text,
  responsible: employee,
  bidType: fc.constantFrom('FixedBid', 'PerHour', 'PerDay', 'PerWeek', 'PerMonth', 'PerYear'),
  bidValue: money,
  bidCurrency: fc.option(currency, { nil: null }),
  perPeriodValue: fc.nat(),
  stage: fc.option(stage, { nil: null }),
  successProbability: fc.integer({ min: 0, max: 100 }),
  actualCloseDate: fc.option(apiDateTime, { nil: null }),
  expectedCloseDate: fc.option(apiDateTime, { nil: null }),
  isPrivate: fc.boolean(),
  accessList: list(employee),
  canEdit: fc.boolean(),
  customFields: list(customField),
  id,
});

const paging = fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined });

/** A page as the server sends it: `count` matches the items, paging figures maybe. */
export const page: fc.Arbitrary<OpportunityPage> = fc
  .record({
    items: fc.array(opportunity, { maxLength: 4 }),
    startIndex: paging,
    nextIndex: paging,
    total: paging,
  })
  .map(({ items, ...rest }) => {
    const out: Record<string, unknown> = { items };
    if (items.length > 0) out['count'] = items.length;
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v;
    return out as unknown as OpportunityPage;
  });
