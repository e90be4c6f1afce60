import {
  ApiDateTime,
  type Codec,
  type Contact,
  type CustomField,
  CustomFieldType,
  type Employee,
  type Opportunity,
  ShareType,
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

export interface SeedUser {
  readonly userName: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
  readonly title?: string;
  /** A second factor: the code an authenticator app would give. */
  readonly twoFactorCode?: string;
}

export interface SeedContact {
  readonly id: number;
  readonly displayName: string;
  readonly isCompany?: boolean;
  /** `None` (default), `Read` or `ReadWrite`. */
  readonly shareType?: 'None' | 'Read' | 'ReadWrite';
  /** User names who may see it; a contact with an access list is private. */
  readonly accessList?: ReadonlyArray<string>;
  /** An ISO code of the portal's currencies (USD, EUR, GBP, CNY, RUB). */
  readonly currency?: string;
}

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

/** A seed that cannot be used: one line per bad entry, each with its path. */
export class SeedError extends Error {
  constructor(readonly problems: ReadonlyArray<string>) {
    super(
      `the seed has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
    this.name = 'SeedError';
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
/** The names of an enumeration's members, from its codec. */
const namesOf = <T extends string>(codec: Codec<T, number>): ReadonlyArray<T> =>
  (codec.schema.kind === 'enum' ? codec.schema.names : []) as ReadonlyArray<T>;
const SHARE_TYPES = namesOf(ShareType);
const FIELD_TYPES = namesOf(CustomFieldType);

type Json = Record<string, unknown>;
const isObject = (u: unknown): u is Json => typeof u === 'object' && u !== null && !Array.isArray(u);

/** Reads and checks the parts of a seed entry, collecting one problem per bad value, with its path. */
class Checker {
  constructor(
    private readonly path: string,
    readonly problems: string[] = [],
  ) {}

  /** A checker for an entry below, reporting to the same list. */
  at(path: string): Checker {
    return new Checker(path, this.problems);
  }

  private bad(key: string, expected: string): undefined {
    this.note(key, `expected ${expected}`);
    return undefined;
  }

  text(o: Json, key: string, required = true): string | undefined {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    return typeof v === 'string' && (v !== '' || !required) ? v : this.bad(key, 'a non-empty string');
  }

  id(o: Json, key: string, required = true): number | undefined {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    return Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= INT32_MAX
      ? (v as number)
      : this.bad(key, 'an id from 1 to 2147483647');
  }

  oneOf<T extends string>(o: Json, key: string, values: ReadonlyArray<T>, fallback?: T): T | undefined {
    const v = o[key];
    if (v === undefined && fallback !== undefined) return fallback;
    return values.includes(v as T) ? (v as T) : this.bad(key, `one of ${values.join(', ')}`);
  }

  flag(o: Json, key: string): boolean {
    const v = o[key];
    if (v === undefined) return false;
    return typeof v === 'boolean' ? v : (this.bad(key, 'true or false') ?? false);
  }

  list(o: Json, key: string): unknown[] {
    const v = o[key];
    if (v === undefined) return [];
    return Array.isArray(v) ? v : (this.bad(key, 'a list') ?? []);
  }

  note(key: string, message: string): void {
    this.problems.push(`${this.path}${key === '' ? '' : key.startsWith('[') ? key : `.${key}`}: ${message}`);
  }
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

/**
 * Checks a parsed seed and builds its accounts and entities. Every problem is reported, each once
 * with its path (`deals[2].members[0]: no contact 99`); any problem and nothing is built.
 */
export function readSeed(input: unknown): SeededData {
  if (!isObject(input)) throw new SeedError(['seed: expected an object with users, contacts and deals']);
  const root = new Checker('seed');

  const users = new Map<string, { account: Account; employee: Employee }>();
  for (const [i, raw] of root.list(input, 'users').entries()) {
    const c = root.at(`users[${i}]`);
    if (!isObject(raw)) {
      c.note('', 'expected an object');
      continue;
    }
    const userName = c.text(raw, 'userName');
    const password = c.text(raw, 'password');
    const role = c.oneOf(raw, 'role', ROLES);
    const displayName = c.text(raw, 'displayName');
    const title = c.text(raw, 'title', false) ?? '';
    const code = c.text(raw, 'twoFactorCode', false);
    if (!userName || !password || !role || !displayName) continue;
    if (users.has(userName.toLowerCase())) {
      c.note('userName', `${userName} is already a user`);
      continue;
    }
    const employee: Employee = {
      id: guidOf(userName),
      displayName,
      title,
      avatarSmall: DEFAULT_AVATAR,
      profileUrl: profileOf(userName),
    };
    const account: Account = {
      userName,
      password,
      role,
      employee,
      ...(code ? { twoFactor: { kind: 'app' as const, code } } : {}),
    };
    users.set(userName.toLowerCase(), { account, employee });
  }
  if (users.size === 0 && root.problems.length === 0) root.note('users', 'expected at least one user');

  const userList = (c: Checker, raw: Json, key: string): Employee[] =>
    c.list(raw, key).flatMap((name, j) => {
      const user = typeof name === 'string' ? users.get(name.toLowerCase()) : undefined;
      if (!user) c.note(`${key}[${j}]`, `no user ${JSON.stringify(name)}`);
      return user ? [user.employee] : [];
    });
  const currencyOf = (c: Checker, raw: Json) => {
    const code = raw['currency'];
    if (code === undefined) return null;
    const currency = CURRENCIES.find((x) => x.abbreviation === code);
    if (!currency) c.note('currency', `expected one of ${CURRENCIES.map((x) => x.abbreviation).join(', ')}`);
    return currency ?? null;
  };

  const contacts = new Map<number, Contact>();
  for (const [i, raw] of root.list(input, 'contacts').entries()) {
    const c = root.at(`contacts[${i}]`);
    if (!isObject(raw)) {
      c.note('', 'expected an object');
      continue;
    }
    const id = c.id(raw, 'id');
    const displayName = c.text(raw, 'displayName');
    const isCompany = c.flag(raw, 'isCompany');
    const shareType = c.oneOf(raw, 'shareType', SHARE_TYPES, 'None');
    const accessList = userList(c, raw, 'accessList');
    const currency = currencyOf(c, raw);
    if (id === undefined || !displayName || !shareType) continue;
    if (contacts.has(id)) {
      c.note('id', `contact ${id} is already defined`);
      continue;
    }
    const isPrivate = accessList.length > 0;
    contacts.set(id, {
      smallFotoUrl: contactPhotoUrl(id, isCompany, 1),
      mediumFotoUrl: contactPhotoUrl(id, isCompany, 2),
      displayName,
      isCompany,
      accessList,
      isPrivate,
      isShared: shareType !== 'None',
      shareType,
      currency,
      canEdit: true,
      canDelete: true,
      id,
    });
  }

  const firstUser = [...users.values()][0]?.employee;
  const deals: Opportunity[] = [];
  const tags = new Map<number, ReadonlyArray<string>>();
  const dealIds = new Set<number>();
  for (const [i, raw] of root.list(input, 'deals').entries()) {
    const c = root.at(`deals[${i}]`);
    if (!isObject(raw)) {
      c.note('', 'expected an object');
      continue;
    }
    const id = c.id(raw, 'id');
    const title = c.text(raw, 'title');
    const description = c.text(raw, 'description', false) ?? '';
    const contactId = c.id(raw, 'contact', false);
    const contact = contactId === undefined ? null : (contacts.get(contactId) ?? null);
    if (contactId !== undefined && !contact) c.note('contact', `no contact ${contactId}`);
    const members = c.list(raw, 'members').flatMap((m, j) => {
      const found = Number.isSafeInteger(m) ? contacts.get(m as number) : undefined;
      if (!found) c.note(`members[${j}]`, `no contact ${JSON.stringify(m)}`);
      return found ? [found] : [];
    });
    const person = (key: string) => {
      const name = raw[key];
      if (name === undefined) return firstUser;
      const user = typeof name === 'string' ? users.get(name.toLowerCase()) : undefined;
      if (!user) c.note(key, `no user ${JSON.stringify(name)}`);
      return user?.employee;
    };
    const createBy = person('createdBy');
    const responsible = person('responsible');
    const isPrivate = c.flag(raw, 'isPrivate');
    const accessList = userList(c, raw, 'accessList');
    const stageId = c.id(raw, 'stage', false) ?? 1;
    const stage = STAGES.find((s) => s.id === stageId);
    if (!stage) c.note('stage', `expected a stage id from 1 to ${STAGES.length}`);
    const bidValue = raw['bidValue'] === undefined ? 0 : raw['bidValue'];
    if (typeof bidValue !== 'number' || !Number.isFinite(bidValue)) c.note('bidValue', 'expected a number');
    const bidCurrency = currencyOf(c, raw);
    const createdText = raw['created'] === undefined ? '2024-01-01' : raw['created'];
    const created =
      typeof createdText === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(createdText)
        ? ApiDateTime.parse(`${createdText}T09:00:00.0000000+03:00`)
        : undefined;
    if (!created) c.note('created', 'expected a date yyyy-mm-dd');
    const customFields = c.list(raw, 'customFields').flatMap((f, j): CustomField[] => {
      const fc = c.at(`deals[${i}].customFields[${j}]`);
      if (!isObject(f)) {
        fc.note('', 'expected an object');
        return [];
      }
      const label = fc.text(f, 'label');
      const fieldType = fc.oneOf(f, 'fieldType', FIELD_TYPES);
      const value = fc.text(f, 'value', false) ?? '';
      if (!label || !fieldType || id === undefined) return [];
      return [{ entityId: id, label, fieldValue: value, fieldType, position: j, mask: '', id: j + 1 }];
    });
    const dealTags = c.list(raw, 'tags').flatMap((t, j) => {
      if (typeof t !== 'string' || t.trim() === '') c.note(`tags[${j}]`, 'expected a non-empty text');
      return typeof t === 'string' && t.trim() !== '' ? [t.trim()] : [];
    });
    if (id !== undefined && dealIds.has(id)) c.note('id', `deal ${id} is already defined`);
    if (id === undefined || !title || !createBy || !responsible || !stage || !created) continue;
    if (typeof bidValue !== 'number') continue;
    dealIds.add(id);
    if (dealTags.length > 0) tags.set(id, dealTags);
    deals.push({
      createBy,
      created,
      members,
      contact,
      title,
      description,
      responsible,
      bidType: 'FixedBid',
      bidValue,
      bidCurrency,
      perPeriodValue: 0,
      stage,
      successProbability: stage.successProbability,
      actualCloseDate: stage.stageType === 'Open' ? null : created,
      expectedCloseDate: null,
      isPrivate,
      accessList: isPrivate ? accessList : [],
      canEdit: true,
      customFields,
      id,
    });
  }

  if (root.problems.length > 0) throw new SeedError(root.problems);
  return {
    accounts: [...users.values()].map((u) => u.account),
    contacts: [...contacts.values()],
    opportunities: deals,
    tags,
  };
}
