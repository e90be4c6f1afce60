import { ApiDateTime, type Contact, type CustomField, type Employee, type Opportunity } from '@oo-crm/core';
import {
  CURRENCIES,
  contactPhotoUrl,
  PORTAL_OFFSET_MINUTES,
  REMOVED_USER,
  STAGES,
  USERS,
} from './catalog.js';
import { COMPANIES, DEAL_SUBJECTS, DEAL_TAGS, FIRST_NAMES, LAST_NAMES, SELECT_OPTIONS } from './names.js';
import { Random } from './random.js';

/** The portal's data: its users, its contacts and its deals, as domain values. */
export interface Dataset {
  readonly users: typeof USERS;
  readonly contacts: ReadonlyArray<Contact>;
  readonly opportunities: ReadonlyArray<Opportunity>;
  /**
   * Each deal's tags, by deal id. The server keeps tags beside the deal and never sends them in it;
   * `opportunity/filter?tags=` selects by them.
   */
  readonly tags?: ReadonlyMap<number, ReadonlyArray<string>>;
}

/** Options of {@link generateDataset}. */
export interface DatasetOptions {
  /** Same seed, same data. Default 1234. */
  readonly seed?: number;
  /** How many deals besides the documented example. Default 60. */
  readonly deals?: number;
}

/** The contact of the documentation's example, whose deal is "Hotel catalogue". */
export const DOCUMENTED_CONTACT_ID = 1234;

const [MIKE] = USERS;
/** The users as employees, once: a deal shares them rather than holding copies. */
const EMPLOYEES: ReadonlyArray<Employee> = USERS.map(({ login: _, ...e }) => e);
const DAY = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);

/** Two-digit texts of 0 to 99. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
/** The portal's offset as the server writes it after the 7 fraction digits (`+03:00`). */
const ZONE = ApiDateTime.fromDate(new Date(0), PORTAL_OFFSET_MINUTES).text.slice(27);
/** Each day's text (`2024-03-05`), by day since the epoch in the portal's zone: a few thousand days at most. */
const DAY_TEXTS = new Map<number, string>();

/**
 * An instant as the portal writes it: the text of `ApiDateTime.fromDate(new Date(ms),
 * PORTAL_OFFSET_MINUTES)` (a test holds them equal), with each day's text written once. A dataset
 * holds hundreds of thousands of dates, and building two `Date`s and a dozen padded texts for each
 * was a sixth of its generation.
 */
export function at(ms: number): ApiDateTime {
  const local = ms + PORTAL_OFFSET_MINUTES * 60_000;
  const day = Math.floor(local / DAY);
  let dayText = DAY_TEXTS.get(day);
  if (dayText === undefined) {
    dayText = new Date(day * DAY).toISOString().slice(0, 10);
    DAY_TEXTS.set(day, dayText);
  }
  const inDay = local - day * DAY;
  const clock = `${TWO_DIGITS[Math.floor(inDay / 3_600_000)]}:${TWO_DIGITS[Math.floor(inDay / 60_000) % 60]}:${TWO_DIGITS[Math.floor(inDay / 1000) % 60]}`;
  return ApiDateTime.from(`${dayText}T${clock}.${String(inDay % 1000).padStart(3, '0')}0000${ZONE}`);
}

function makeContact(r: Random, id: number): Contact {
  const isCompany = r.chance(0.4);
  // Private exactly when shared with no one (Sec 519-522): shareType None.
  const isPrivate = r.chance(0.15);
  const shareType = isPrivate ? 'None' : r.pick(['ReadWrite', 'Read'] as const);
  return {
    smallFotoUrl: contactPhotoUrl(id, isCompany, 1),
    mediumFotoUrl: contactPhotoUrl(id, isCompany, 2),
    displayName: isCompany ? r.pick(COMPANIES) : `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
    isCompany,
    accessList: isPrivate ? r.sample(EMPLOYEES, r.int(1, 3)) : [],
    isPrivate,
    // Shared exactly when shared with everyone, to read or to write (ContactWrapper 400).
    isShared: shareType !== 'None',
    shareType,
    currency: r.chance(0.7) ? r.pick(CURRENCIES) : null,
    canEdit: true,
    canDelete: r.chance(0.8),
    id,
  };
}

/** The Tier field's options, as its mask writes them. */
const TIER_MASK = JSON.stringify(SELECT_OPTIONS);

function makeCustomFields(r: Random, dealId: number, created: number): CustomField[] {
  // Every value is drawn, in this order, whether or not its field is kept: the same seed then
  // gives the same data. Only the fields kept are built.
  const reference = String(r.int(1, 9999)).padStart(4, '0');
  const notes = r.chance(0.5) ? 'Call back after the board meeting' : '';
  const tier = r.pick(SELECT_OPTIONS);
  const nda = String(r.chance(0.5));
  const renewal = created + r.int(200, 400) * DAY;
  const fields: ReadonlyArray<() => CustomField> = [
    () => ({
      entityId: dealId,
      label: 'Reference',
      fieldValue: reference,
      fieldType: 'TextField',
      position: 0,
      mask: '{"size":40}',
      id: 1,
    }),
    () => ({
      entityId: dealId,
      label: 'Notes',
      fieldValue: notes,
      fieldType: 'TextArea',
      position: 1,
      mask: '{"rows":3,"cols":40}',
      id: 2,
    }),
    () => ({
      entityId: dealId,
      label: 'Tier',
      fieldValue: tier,
      fieldType: 'SelectBox',
      position: 2,
      mask: TIER_MASK,
      id: 3,
    }),
    () => ({
      entityId: dealId,
      label: 'Signed NDA',
      fieldValue: nda,
      fieldType: 'CheckBox',
      position: 3,
      mask: '',
      id: 4,
    }),
    () => ({
      entityId: dealId,
      label: 'Contract terms',
      fieldValue: '',
      fieldType: 'Heading',
      position: 4,
      mask: '',
      id: 5,
    }),
    () => ({
      entityId: dealId,
      label: 'Renewal date',
      fieldValue: at(renewal).text,
      fieldType: 'Date',
      position: 5,
      mask: '',
      id: 6,
    }),
  ];
  return r.chance(0.25) ? [] : r.sample(fields, r.int(1, fields.length)).map((make) => make());
}

/** Each subject's titles, one per year: a dataset's titles are these few texts, shared. */
const TITLES = new Map(DEAL_SUBJECTS.map((s) => [s, [0, 1, 2].map((y) => `${s} ${2024 + y}`)]));

function makeDeal(r: Random, id: number, contacts: ReadonlyArray<Contact>): Opportunity {
  const stage = r.pick(STAGES);
  const closed = stage.stageType !== 'Open';
  const created = EPOCH + r.int(0, 700) * DAY + r.int(0, DAY - 1);
  const bidType = r.chance(0.6)
    ? 'FixedBid'
    : r.pick(['PerHour', 'PerDay', 'PerWeek', 'PerMonth', 'PerYear'] as const);
  const hasBid = r.chance(0.85);
  const isPrivate = r.chance(0.2);
  const primary = r.chance(0.9) ? r.pick(contacts) : null;
  const members = r.sample(contacts, r.int(0, 3));
  const employee = () => {
    return r.pick(EMPLOYEES);
  };
  return {
    createBy: r.chance(0.05) ? REMOVED_USER : employee(),
    created: at(created),
    members: primary && !members.includes(primary) ? [primary, ...members] : members,
    contact: primary,
    title: TITLES.get(r.pick(DEAL_SUBJECTS))![r.int(0, 2)]!,
    description: r.chance(0.5) ? `Follow-up of deal #${id}` : '',
    responsible: employee(),
    bidType,
    bidValue: hasBid ? Math.round(r.next() * 100_000 * 100) / 100 : 0,
    bidCurrency: hasBid ? r.pick(CURRENCIES) : null,
    perPeriodValue: bidType === 'FixedBid' ? 0 : r.int(1, 24),
    stage,
    successProbability: stage.successProbability,
    actualCloseDate: closed ? at(created + r.int(10, 200) * DAY) : null,
    expectedCloseDate: r.chance(0.8) ? at(created + r.int(30, 365) * DAY) : null,
    isPrivate,
    accessList: isPrivate ? r.sample(EMPLOYEES, r.int(1, 3)) : [],
    canEdit: true,
    customFields: makeCustomFields(r, id, created),
    id,
  };
}

/** The contact and the deal of the documentation page's example, in the real server's shape. */
function documentedExample(): { contact: Contact; deal: Opportunity } {
  const { login: _, ...mike } = MIKE!;
  const cny = CURRENCIES.find((c) => c.abbreviation === 'CNY')!;
  const contact: Contact = {
    smallFotoUrl: contactPhotoUrl(DOCUMENTED_CONTACT_ID, false, 1),
    mediumFotoUrl: contactPhotoUrl(DOCUMENTED_CONTACT_ID, false, 2),
    displayName: 'Tadjeddine Bachir',
    isCompany: false,
    accessList: [mike],
    isPrivate: true,
    isShared: false,
    shareType: 'None',
    currency: cny,
    canEdit: true,
    canDelete: true,
    id: DOCUMENTED_CONTACT_ID,
  };
  const date = ApiDateTime.from('2020-12-11T03:36:09.7011881Z');
  const deal: Opportunity = {
    createBy: mike,
    created: date,
    members: [contact],
    contact,
    title: 'Hotel catalogue',
    description: 'description',
    responsible: mike,
    bidType: 'FixedBid',
    bidValue: 11,
    bidCurrency: cny,
    perPeriodValue: 1,
    stage: STAGES[1]!,
    successProbability: 65,
    actualCloseDate: date,
    expectedCloseDate: date,
    isPrivate: false,
    accessList: [],
    canEdit: true,
    customFields: [
      {
        entityId: 1234,
        label: 'Birthdate',
        fieldValue: '2020-12-08T17:37:04.5916406Z',
        fieldType: 'Date',
        position: 10,
        mask: '',
        id: 1234,
      },
    ],
    id: 1234,
  };
  return { contact, deal };
}

/**
 * Zero to three tags per deal, drawn from their own sequence so that adding tags changed none of
 * the deals an existing seed gives.
 */
function makeTags(
  seed: number,
  deals: ReadonlyArray<Opportunity>,
): ReadonlyMap<number, ReadonlyArray<string>> {
  const r = new Random(seed ^ 0x5eed7a9);
  return new Map(deals.map((d) => [d.id, r.sample(DEAL_TAGS, r.int(0, 3))]));
}

/**
 * The documentation's example deal ("Hotel catalogue", contact 1234), in the real server's shape:
 * every field set, as the test mode's provider states serve it.
 */
export const documentedDeal = (): Opportunity => documentedExample().deal;

/** A deterministic portal dataset: realistic, and always holding the documented example. */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const r = new Random(options.seed ?? 1234);
  const dealCount = options.deals ?? 60;
  const example = documentedExample();
  const contacts = [example.contact];
  const contactCount = Math.max(10, Math.ceil(dealCount / 3));
  for (let i = 0; i < contactCount; i++) contacts.push(makeContact(r, 101 + i));
  const opportunities = [example.deal];
  // The generated contacts, once: a copy per deal made a large dataset quadratic to build.
  const drawn = contacts.slice(1);
  for (let i = 0; i < dealCount; i++) opportunities.push(makeDeal(r, 5001 + i, drawn));
  return { users: USERS, contacts, opportunities, tags: makeTags(options.seed ?? 1234, opportunities) };
}

/** `n` server-shaped opportunities, for benchmarks and load tests. */
export function generateOpportunities(n: number, seed = 1234): ReadonlyArray<Opportunity> {
  return generateDataset({ seed, deals: n }).opportunities.slice(1, n + 1);
}
