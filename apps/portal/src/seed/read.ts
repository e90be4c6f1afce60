import {
  type Contact,
  type CustomField,
  decodeValue,
  describeValue,
  type Employee,
  type Opportunity,
  type PathKey,
} from '@oo-crm/core';
import type { Account, Role } from '../auth/authenticator.js';
import { CURRENCIES, contactPhotoUrl, DEFAULT_AVATAR, profileUrlOf, STAGES } from '../dataset/index.js';
import { type DecodedSeed, SeedCodec } from './format.js';
import { SeedError, SeedIssues } from './issues.js';
import { checkValues, dateOf } from './rules.js';

/** What a seed gives the portal: accounts to add, and the data. */
export interface SeededData {
  readonly accounts: ReadonlyArray<Account>;
  readonly contacts: ReadonlyArray<Contact>;
  readonly opportunities: ReadonlyArray<Opportunity>;
  /** Tags by deal id. */
  readonly tags: ReadonlyMap<number, ReadonlyArray<string>>;
}

/**
 * Reads a seed (a parsed JSON value: its static type is not trusted) and builds its accounts and
 * entities, in two passes. First core's engine decodes it by its codec (seed/format.ts), as it
 * decodes the server's bodies: the types and what is required, every issue with its path, a
 * hundred kept and the rest counted, however deep or large the value. Then, on the decoded seed,
 * the value rules (seed/rules.ts) and, as the entities are built, the references between entries
 * (`no contact 99`, `no user "x"`) and the second definitions, as issues of their own kinds. Any
 * issue and nothing is built; whatever the input, the only error is a `SeedError`.
 */
export function readSeed(input: unknown): SeededData {
  try {
    const decoded = decodeValue(SeedCodec, input);
    if (decoded._tag === 'Left') throw new SeedError(decoded.left.issues, decoded.left.issueCount);
    const issues = new SeedIssues();
    checkValues(decoded.right, issues);
    const built = build(decoded.right, issues);
    if (issues.count > 0) throw new SeedError(issues.kept, issues.count);
    return built;
  } catch (error) {
    if (error instanceof SeedError) throw error;
    // Nothing here is known to throw; should anything, it is still the seed's error, named only.
    const what = error instanceof Error ? error.name : 'an exception';
    throw new SeedError([
      { kind: 'syntax', path: [], expected: 'a seed', message: `could not be read (${what})` },
    ]);
  }
}

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

const profileOf = (userName: string) => profileUrlOf(encodeURIComponent(userName.split('@')[0] ?? userName));
const currencyOf = (code: string | undefined) => CURRENCIES.find((c) => c.abbreviation === code) ?? null;

/**
 * The seed's accounts and entities, each reference resolved: one to nothing is a `reference`
 * issue, a user name or id defined twice a `duplicate`. Values are read as checked by the rules;
 * an entry they refused may be built wrong, but is never returned (the caller throws).
 */
function build(seed: DecodedSeed, issues: SeedIssues): SeededData {
  const byName = new Map<string, Account>();
  seed.users.forEach((user, i) => {
    const key = user.userName.toLowerCase();
    if (byName.has(key)) {
      const name = describeValue(user.userName);
      issues.add('duplicate', ['users', i, 'userName'], 'a new user name', () => `${name} is already a user`);
      return;
    }
    const employee: Employee = {
      id: guidOf(user.userName),
      displayName: user.displayName,
      title: user.title,
      avatarSmall: DEFAULT_AVATAR,
      profileUrl: profileOf(user.userName),
    };
    byName.set(key, {
      userName: user.userName,
      password: user.password,
      role: user.role as Role,
      employee,
      ...(user.twoFactorCode ? { twoFactor: { kind: 'app' as const, code: user.twoFactorCode } } : {}),
    });
  });
  const firstUser = byName.values().next().value?.employee;
  const userOf = (name: string, path: ReadonlyArray<PathKey>): Employee[] => {
    const account = byName.get(name.toLowerCase());
    if (account) return [account.employee];
    issues.add('reference', path, 'a user of the seed', () => `no user ${describeValue(name)}`);
    return [];
  };
  const usersOf = (names: ReadonlyArray<string>, path: ReadonlyArray<PathKey>) =>
    names.flatMap((name, j) => userOf(name, [...path, j]));

  const contactById = new Map<number, Contact>();
  seed.contacts.forEach((c, i) => {
    const accessList = usersOf(c.accessList, ['contacts', i, 'accessList']);
    if (contactById.has(c.id)) {
      issues.add('duplicate', ['contacts', i, 'id'], 'a new id', () => `contact ${c.id} is already defined`);
      return;
    }
    const shareType = c.shareType as Contact['shareType'];
    // Private exactly when shared with no one (Sec 519-522); the access list is a private one's.
    const isPrivate = shareType === 'None';
    contactById.set(c.id, {
      smallFotoUrl: contactPhotoUrl(c.id, c.isCompany, 1),
      mediumFotoUrl: contactPhotoUrl(c.id, c.isCompany, 2),
      displayName: c.displayName,
      isCompany: c.isCompany,
      accessList: isPrivate ? accessList : [],
      isPrivate,
      isShared: !isPrivate,
      shareType,
      currency: currencyOf(c.currency),
      canEdit: true,
      canDelete: true,
      id: c.id,
    });
  });
  const contactOf = (id: number, path: ReadonlyArray<PathKey>): Contact[] => {
    const contact = contactById.get(id);
    if (contact) return [contact];
    issues.add('reference', path, 'a contact of the seed', () => `no contact ${id}`);
    return [];
  };

  const opportunities: Opportunity[] = [];
  const tags = new Map<number, ReadonlyArray<string>>();
  const dealIds = new Set<number>();
  seed.deals.forEach((d, i) => {
    const at = (...rest: PathKey[]) => ['deals', i, ...rest];
    const contact = d.contact === undefined ? null : (contactOf(d.contact, at('contact'))[0] ?? null);
    const members = d.members.flatMap((id, j) => contactOf(id, at('members', j)));
    const createBy = d.createdBy === undefined ? firstUser : userOf(d.createdBy, at('createdBy'))[0];
    const responsible = d.responsible === undefined ? firstUser : userOf(d.responsible, at('responsible'))[0];
    const accessList = usersOf(d.accessList, at('accessList'));
    if (dealIds.has(d.id)) {
      issues.add('duplicate', at('id'), 'a new id', () => `deal ${d.id} is already defined`);
      return;
    }
    dealIds.add(d.id);
    const dealTags = d.tags.map((t) => t.trim()).filter((t) => t !== '');
    if (dealTags.length > 0) tags.set(d.id, dealTags);
    // Checked by the rules; a stage or date they refused is never served (the seed is refused).
    const stage = STAGES.find((s) => s.id === d.stage) ?? STAGES[0]!;
    const created = dateOf(d.created) ?? dateOf('2024-01-01')!;
    if (!createBy || !responsible) return;
    opportunities.push({
      createBy,
      created,
      members,
      contact,
      title: d.title,
      description: d.description,
      responsible,
      bidType: 'FixedBid',
      bidValue: d.bidValue,
      bidCurrency: currencyOf(d.currency),
      perPeriodValue: 0,
      stage,
      successProbability: stage.successProbability,
      actualCloseDate: stage.stageType === 'Open' ? null : created,
      expectedCloseDate: null,
      isPrivate: d.isPrivate,
      accessList: d.isPrivate ? accessList : [],
      canEdit: true,
      customFields: d.customFields.map(
        (f, j): CustomField => ({
          entityId: d.id,
          label: f.label,
          fieldValue: f.value,
          fieldType: f.fieldType as CustomField['fieldType'],
          position: j,
          mask: '',
          id: j + 1,
        }),
      ),
      id: d.id,
    });
  });
  return { accounts: [...byName.values()], contacts: [...contactById.values()], opportunities, tags };
}
