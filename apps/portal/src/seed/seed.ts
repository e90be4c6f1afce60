import {
  ApiDateTime,
  type Contact,
  type CustomField,
  CustomFieldType,
  type Employee,
  type Issue,
  type IssueKind,
  MAX_COLLECTED_ISSUES,
  type Opportunity,
  type PathKey,
  renderIssues,
  ShareType,
  safeText,
} from '@oo-crm/core';
import { INT32_MAX } from '../aspnet/dotnet.js';
import type { Account, Role } from '../auth/authenticator.js';
import { CURRENCIES, contactPhotoUrl, DEFAULT_AVATAR, profileUrlOf, STAGES } from '../dataset/index.js';

/**
 * A seed: a team's own data for the portal, in a small JSON form (docs/portal.md, "Your own data").
 * Users log in with their user name and password, by role; contacts and deals refer to users by
 * user name and to contacts by id, and the portal builds the server's entities from them.
 */
export interface Seed {
  readonly users: ReadonlyArray<SeedUser>;
  readonly contacts?: ReadonlyArray<SeedContact>;
  readonly deals?: ReadonlyArray<SeedDeal>;
}

/** A user of a seed: logs in with its user name and password, with its role. */
export interface SeedUser {
  readonly userName: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
  readonly title?: string;
  /** A second factor: the code an authenticator app would give. */
  readonly twoFactorCode?: string;
}

/** A contact of a seed (person or company); deals refer to it by id. */
export interface SeedContact {
  readonly id: number;
  readonly displayName: string;
  readonly isCompany?: boolean;
  /** `None` (the default: private, as on the server exactly then), `Read` or `ReadWrite` (shared). */
  readonly shareType?: 'None' | 'Read' | 'ReadWrite';
  /** User names who may see it while it is private (shareType None); a shared one's is ignored. */
  readonly accessList?: ReadonlyArray<string>;
  /** An ISO code of the portal's currencies (USD, EUR, GBP, CNY, RUB). */
  readonly currency?: string;
}

/** A deal of a seed; its contacts by id, its users by user name. */
export interface SeedDeal {
  readonly id: number;
  readonly title: string;
  readonly description?: string;
  /** The primary contact's id. */
  readonly contact?: number;
  /** Participants' contact ids. */
  readonly members?: ReadonlyArray<number>;
  /** User names; default the first user. */
  readonly createdBy?: string;
  readonly responsible?: string;
  readonly isPrivate?: boolean;
  /** User names who may see a private deal. */
  readonly accessList?: ReadonlyArray<string>;
  /** A stage id of the default pipeline (1–6); default 1. */
  readonly stage?: number;
  readonly bidValue?: number;
  readonly currency?: string;
  /** `yyyy-mm-dd`; default 2024-01-01. */
  readonly created?: string;
  /** Tags, for `opportunity/filter?tags=`. */
  readonly tags?: ReadonlyArray<string>;
  readonly customFields?: ReadonlyArray<{
    readonly label: string;
    readonly fieldType: CustomField['fieldType'];
    readonly value: string;
  }>;
}

/**
 * One way in which a seed is wrong, as data: core's issue, with two kinds of its own for what
 * only the whole seed can tell, a reference to nothing (`no contact 99`) and a second definition.
 */
export interface SeedIssue extends Omit<Issue, 'kind'> {
  readonly kind: IssueKind | 'reference' | 'duplicate';
}

/** A seed's issue as a line: `seed.deals[0].members[1]: no contact 99`. */
const renderSeedIssues = (issues: ReadonlyArray<SeedIssue>, count: number): string =>
  renderIssues(
    issues.map((i) => ({ ...i, kind: 'type', path: ['seed', ...i.path] }) as Issue),
    count,
  );

/**
 * A seed that cannot be used: its issues as data (the first {@link MAX_COLLECTED_ISSUES}, and how
 * many there are), rendered one line each as core renders a body's issues, cut after twenty.
 */
export class SeedError extends Error {
  /** One line per kept issue (`seed.users[0].role: …`), as `issues` renders them. */
  readonly problems: ReadonlyArray<string>;

  constructor(
    readonly issues: ReadonlyArray<SeedIssue>,
    readonly issueCount: number = issues.length,
  ) {
    super(
      `the seed has ${issueCount} problem${issueCount === 1 ? '' : 's'}:\n${renderSeedIssues(issues, issueCount)}`,
    );
    this.name = 'SeedError';
    this.problems = issues.map((i) => renderSeedIssues([i], 1));
  }
}

/** What a seed gives the portal: accounts to add, and the data. */
export interface SeededData {
  readonly accounts: ReadonlyArray<Account>;
  readonly contacts: ReadonlyArray<Contact>;
  readonly opportunities: ReadonlyArray<Opportunity>;
  /** Tags by deal id. */
  readonly tags: ReadonlyMap<number, ReadonlyArray<string>>;
}

const ROLES: ReadonlyArray<Role> = ['admin', 'user', 'guest'];
const SHARE_TYPES = ShareType.names as ReadonlyArray<'None' | 'Read' | 'ReadWrite'>;
const FIELD_TYPES = CustomFieldType.names as ReadonlyArray<CustomField['fieldType']>;

type Json = Record<string, unknown>;
const isObject = (u: unknown): u is Json => typeof u === 'object' && u !== null && !Array.isArray(u);

/** A value as an issue may show it: text cut short and made safe, objects and lists only named. */
function shown(u: unknown): string {
  if (u === undefined) return 'nothing';
  if (typeof u === 'string') return `"${safeText(u.replace(/["\\]/g, '\\$&'), 40)}"`;
  if (typeof u === 'number' || typeof u === 'boolean' || u === null) return String(u).slice(0, 40);
  return Array.isArray(u) ? `an array (${u.length} items)` : typeof u === 'object' ? 'an object' : typeof u;
}

/** Characters XML 1.0 cannot carry (and lone surrogates): text holding one could not be answered in XML. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters it names are the point
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** A surrogate without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const notXml = (text: string): boolean => NOT_XML_CHARACTER.test(text) || LONE_SURROGATE.test(text);

/** The issues of one seed: kept up to the budget, counted beyond it. */
class Issues {
  readonly kept: SeedIssue[] = [];
  count = 0;

  add(kind: SeedIssue['kind'], path: ReadonlyArray<PathKey>, expected: string, message: string): undefined {
    this.count++;
    if (this.kept.length < MAX_COLLECTED_ISSUES) this.kept.push({ kind, path, expected, message });
    return undefined;
  }

  refuse(path: ReadonlyArray<PathKey>, expected: string, got: unknown, kind: IssueKind = 'type'): undefined {
    return this.add(kind, path, expected, `expected ${expected}, got ${shown(got)}`);
  }
}

/**
 * The value kinds a seed's fields take, each with its check: the seed's shape is declared below
 * as tables of these ({@link USER, CONTACT, DEAL, CUSTOM_FIELD}), read by one reader.
 */
const KINDS = {
  /** Text XML can carry; `required` ones non-empty. */
  text: (u: unknown, path: ReadonlyArray<PathKey>, issues: Issues): string | undefined => {
    if (typeof u !== 'string') return issues.refuse(path, 'a string', u);
    if (notXml(u)) return issues.refuse(path, 'text XML can carry', u, 'format');
    return u;
  },
  id: (u: unknown, path: ReadonlyArray<PathKey>, issues: Issues): number | undefined =>
    Number.isSafeInteger(u) && (u as number) > 0 && (u as number) <= INT32_MAX
      ? (u as number)
      : issues.refuse(path, `an id from 1 to ${INT32_MAX}`, u, typeof u === 'number' ? 'range' : 'type'),
  number: (u: unknown, path: ReadonlyArray<PathKey>, issues: Issues): number | undefined =>
    typeof u === 'number' && Number.isFinite(u) ? u : issues.refuse(path, 'a number', u),
  flag: (u: unknown, path: ReadonlyArray<PathKey>, issues: Issues): boolean | undefined =>
    typeof u === 'boolean' ? u : issues.refuse(path, 'true or false', u),
  date: (u: unknown, path: ReadonlyArray<PathKey>, issues: Issues): ApiDateTime | undefined => {
    const date =
      typeof u === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(u)
        ? ApiDateTime.parse(`${u}T09:00:00.0000000+03:00`)
        : undefined;
    return date ?? issues.refuse(path, 'a date yyyy-mm-dd', u, typeof u === 'string' ? 'format' : 'type');
  },
} as const;

type Kind = keyof typeof KINDS;
type Value<K extends Kind> = Exclude<ReturnType<(typeof KINDS)[K]>, undefined>;

/** One field of a seed entry: its kind, whether it is required, and for a choice its names. */
interface FieldSpec {
  readonly kind: Kind | 'list' | 'choice';
  readonly required?: boolean;
  /** A list's items' kind. */
  readonly of?: Kind;
  readonly names?: ReadonlyArray<string>;
}

const USER = {
  userName: { kind: 'text', required: true },
  password: { kind: 'text', required: true },
  role: { kind: 'choice', required: true, names: ROLES },
  displayName: { kind: 'text', required: true },
  title: { kind: 'text' },
  twoFactorCode: { kind: 'text' },
} as const satisfies Record<string, FieldSpec>;

const CONTACT = {
  id: { kind: 'id', required: true },
  displayName: { kind: 'text', required: true },
  isCompany: { kind: 'flag' },
  shareType: { kind: 'choice', names: SHARE_TYPES },
  accessList: { kind: 'list', of: 'text' },
  currency: { kind: 'choice', names: CURRENCIES.map((c) => c.abbreviation) },
} as const satisfies Record<string, FieldSpec>;

const DEAL = {
  id: { kind: 'id', required: true },
  title: { kind: 'text', required: true },
  description: { kind: 'text' },
  contact: { kind: 'id' },
  members: { kind: 'list', of: 'id' },
  createdBy: { kind: 'text' },
  responsible: { kind: 'text' },
  isPrivate: { kind: 'flag' },
  accessList: { kind: 'list', of: 'text' },
  stage: { kind: 'choice', names: STAGES.map((s) => String(s.id)) },
  bidValue: { kind: 'number' },
  currency: { kind: 'choice', names: CURRENCIES.map((c) => c.abbreviation) },
  created: { kind: 'date' },
  tags: { kind: 'list', of: 'text' },
  customFields: { kind: 'list' },
} as const satisfies Record<string, FieldSpec>;

const CUSTOM_FIELD = {
  label: { kind: 'text', required: true },
  fieldType: { kind: 'choice', required: true, names: FIELD_TYPES },
  value: { kind: 'text' },
} as const satisfies Record<string, FieldSpec>;

/**
 * What an entry of a table reads as: each field's value, `undefined` when absent or bad, and
 * whether every field was good (the entry's references are checked either way).
 */
type Entry<T extends Record<string, FieldSpec>> = { readonly complete: boolean } & {
  readonly [K in keyof T]: T[K]['kind'] extends Kind
    ? Value<T[K]['kind']> | undefined
    : T[K]['kind'] extends 'list'
      ? ReadonlyArray<{ readonly value: unknown; readonly path: ReadonlyArray<PathKey> }>
      : string | undefined;
};

/** Reads an entry by its table; `undefined` for an entry that is not an object. */
function readEntry<T extends Record<string, FieldSpec>>(
  table: T,
  u: unknown,
  path: ReadonlyArray<PathKey>,
  issues: Issues,
): Entry<T> | undefined {
  if (!isObject(u)) return issues.refuse(path, 'an object', u);
  const entry: Record<string, unknown> = {};
  let complete = true;
  for (const [key, spec] of Object.entries(table)) {
    const at = [...path, key];
    const raw = u[key];
    if (raw === undefined) {
      if (spec.required) {
        issues.add('missing', at, spec.kind, 'missing');
        complete = false;
      }
      entry[key] = spec.kind === 'list' ? [] : undefined;
      continue;
    }
    if (spec.kind === 'list') {
      if (!Array.isArray(raw)) {
        issues.refuse(at, 'a list', raw);
        entry[key] = [];
        continue;
      }
      const items = raw.map((value, i) => ({ value, path: [...at, i] }));
      entry[key] = spec.of
        ? items.filter((item) => KINDS[spec.of!](item.value, item.path, issues) !== undefined)
        : items;
      continue;
    }
    const value =
      spec.kind === 'choice'
        ? spec.names!.includes(String(raw)) && (typeof raw === 'string' || typeof raw === 'number')
          ? String(raw)
          : issues.refuse(at, `one of ${spec.names!.join(', ')}`, raw, 'enum')
        : KINDS[spec.kind](raw, at, issues);
    // A bad value, required or not, is reported, and the entry is not built.
    if (value === undefined) complete = false;
    if (spec.kind === 'text' && spec.required && value === '') {
      issues.refuse(at, 'a non-empty string', raw);
      complete = false;
    }
    entry[key] = value;
  }
  return { ...entry, complete } as Entry<T>;
}

const profileOf = (userName: string) => profileUrlOf(encodeURIComponent(userName.split('@')[0] ?? userName));

/** A stable lower-case GUID from a user name, so that a seed gives the same ids every run. */
function guidOf(userName: string): string {
  let h = 2166136261;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${userName}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

/** A part of the seed: a list, or nothing when absent. */
function listAt(input: Json, key: string, issues: Issues): ReadonlyArray<unknown> {
  const v = input[key];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : (issues.refuse([key], 'a list', v) ?? []);
}

/**
 * Checks a parsed seed and builds its accounts and entities, in two passes: each entry by the
 * tables above, then the references between them (`no contact 99`, `no user "x"`) and the
 * second definitions, as issues of their own kinds. Every problem is reported, each once with its
 * path; any problem and nothing is built. Whatever the input, the only error is a `SeedError`.
 */
export function readSeed(input: unknown): SeededData {
  try {
    return readChecked(input);
  } catch (error) {
    if (error instanceof SeedError) throw error;
    // Nothing below is known to throw; should anything, it is still the seed's error, named only.
    const what = error instanceof Error ? error.name : 'an exception';
    throw new SeedError([
      { kind: 'syntax', path: [], expected: 'a seed', message: `could not be read (${what})` },
    ]);
  }
}

function readChecked(input: unknown): SeededData {
  const issues = new Issues();
  if (!isObject(input)) {
    issues.refuse([], 'an object with users, contacts and deals', input);
    throw new SeedError(issues.kept, issues.count);
  }

  // First pass: each entry on its own.
  const users = listAt(input, 'users', issues).map((u, i) => readEntry(USER, u, ['users', i], issues));
  const contacts = listAt(input, 'contacts', issues).map((u, i) =>
    readEntry(CONTACT, u, ['contacts', i], issues),
  );
  const deals = listAt(input, 'deals', issues).map((u, i) => readEntry(DEAL, u, ['deals', i], issues));
  if (users.length === 0 && issues.count === 0)
    issues.add('missing', ['users'], 'a user', 'expected at least one user');

  // Second pass: names and ids that must refer to something, and ids defined once.
  const byName = new Map<string, { account: Account; employee: Employee }>();
  users.forEach((user, i) => {
    if (!user?.complete) return;
    const { userName, password, role, displayName } = user;
    if (!userName || !password || !role || !displayName) return;
    if (byName.has(userName.toLowerCase())) {
      issues.add(
        'duplicate',
        ['users', i, 'userName'],
        'a new user name',
        `${shown(userName)} is already a user`,
      );
      return;
    }
    const employee: Employee = {
      id: guidOf(userName),
      displayName,
      title: user.title ?? '',
      avatarSmall: DEFAULT_AVATAR,
      profileUrl: profileOf(userName),
    };
    const account: Account = {
      userName,
      password,
      role: role as Role,
      employee,
      ...(user.twoFactorCode ? { twoFactor: { kind: 'app' as const, code: user.twoFactorCode } } : {}),
    };
    byName.set(userName.toLowerCase(), { account, employee });
  });
  const userOf = (name: unknown, path: ReadonlyArray<PathKey>): Employee | undefined => {
    const user = typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined;
    return user?.employee ?? issues.add('reference', path, 'a user of the seed', `no user ${shown(name)}`);
  };
  const usersOf = (items: ReadonlyArray<{ value: unknown; path: ReadonlyArray<PathKey> }>) =>
    items.flatMap(({ value, path }) => {
      const employee = userOf(value, path);
      return employee ? [employee] : [];
    });
  const currencyOf = (code: string | undefined) => CURRENCIES.find((c) => c.abbreviation === code) ?? null;

  const contactById = new Map<number, Contact>();
  contacts.forEach((c, i) => {
    if (!c) return;
    const accessList = usersOf(c.accessList);
    if (!c.complete || c.id === undefined || !c.displayName) return;
    if (contactById.has(c.id)) {
      issues.add('duplicate', ['contacts', i, 'id'], 'a new id', `contact ${c.id} is already defined`);
      return;
    }
    const isCompany = c.isCompany ?? false;
    const shareType = (c.shareType ?? 'None') as Contact['shareType'];
    // Private exactly when shared with no one (Sec 519-522); the access list is a private one's.
    const isPrivate = shareType === 'None';
    contactById.set(c.id, {
      smallFotoUrl: contactPhotoUrl(c.id, isCompany, 1),
      mediumFotoUrl: contactPhotoUrl(c.id, isCompany, 2),
      displayName: c.displayName,
      isCompany,
      accessList: isPrivate ? accessList : [],
      isPrivate,
      isShared: shareType !== 'None',
      shareType,
      currency: currencyOf(c.currency),
      canEdit: true,
      canDelete: true,
      id: c.id,
    });
  });

  const firstUser = [...byName.values()][0]?.employee;
  const opportunities: Opportunity[] = [];
  const tags = new Map<number, ReadonlyArray<string>>();
  const dealIds = new Set<number>();
  deals.forEach((d, i) => {
    if (!d) return;
    const at = (...rest: PathKey[]) => ['deals', i, ...rest];
    const contact =
      d.contact === undefined
        ? null
        : (contactById.get(d.contact) ??
          issues.add('reference', at('contact'), 'a contact of the seed', `no contact ${d.contact}`));
    const members = d.members.flatMap(({ value, path }) => {
      const found = contactById.get(value as number);
      if (!found) issues.add('reference', path, 'a contact of the seed', `no contact ${shown(value)}`);
      return found ? [found] : [];
    });
    const createBy = d.createdBy === undefined ? firstUser : userOf(d.createdBy, at('createdBy'));
    const responsible = d.responsible === undefined ? firstUser : userOf(d.responsible, at('responsible'));
    const accessList = usersOf(d.accessList);
    const customFields = d.customFields.flatMap(({ value, path }, j): CustomField[] => {
      const f = readEntry(CUSTOM_FIELD, value, path, issues);
      if (!f?.complete || !f.label || !f.fieldType) return [];
      const fieldType = f.fieldType as CustomField['fieldType'];
      return [
        {
          entityId: d.id ?? 0,
          label: f.label,
          fieldValue: f.value ?? '',
          fieldType,
          position: j,
          mask: '',
          id: j + 1,
        },
      ];
    });
    if (!d.complete || d.id === undefined || !d.title) return;
    if (dealIds.has(d.id)) {
      issues.add('duplicate', at('id'), 'a new id', `deal ${d.id} is already defined`);
      return;
    }
    const stage = STAGES.find((s) => s.id === Number(d.stage ?? 1))!;
    const created = d.created ?? ApiDateTime.parse('2024-01-01T09:00:00.0000000+03:00')!;
    const dealTags = d.tags.map(({ value }) => (value as string).trim()).filter((t) => t !== '');
    if (contact === undefined || !createBy || !responsible) return;
    dealIds.add(d.id);
    if (dealTags.length > 0) tags.set(d.id, dealTags);
    const isPrivate = d.isPrivate ?? false;
    opportunities.push({
      createBy,
      created,
      members,
      contact,
      title: d.title,
      description: d.description ?? '',
      responsible,
      bidType: 'FixedBid',
      bidValue: d.bidValue ?? 0,
      bidCurrency: currencyOf(d.currency),
      perPeriodValue: 0,
      stage,
      successProbability: stage.successProbability,
      actualCloseDate: stage.stageType === 'Open' ? null : created,
      expectedCloseDate: null,
      isPrivate,
      accessList: isPrivate ? accessList : [],
      canEdit: true,
      customFields,
      id: d.id,
    });
  });

  if (issues.count > 0) throw new SeedError(issues.kept, issues.count);
  return {
    accounts: [...byName.values()].map((u) => u.account),
    contacts: [...contactById.values()],
    opportunities,
    tags,
  };
}
