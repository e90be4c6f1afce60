import { ApiDateTime, CustomFieldType, INT32_MAX, isXmlText, type PathKey, ShareType } from '@oo-crm/core';
import type { Role } from '../auth/authenticator.js';
import { CURRENCIES, STAGES } from '../dataset/index.js';
import type { DecodedSeed } from './format.js';
import type { SeedIssues } from './issues.js';

type Path = ReadonlyArray<PathKey>;

/** A rule of a value beyond its type: records an issue when the value breaks it. */
type Rule<V> = (value: V, path: Path, issues: SeedIssues) => void;

/** The rules of an entry's fields (a list's rule applies to each item). */
type Rules<E> = {
  readonly [K in keyof E]?: Rule<E[K] extends ReadonlyArray<infer I> ? I : Exclude<E[K], undefined>>;
};

const ROLES: ReadonlyArray<Role> = ['admin', 'user', 'guest'];
const CURRENCY_CODES = CURRENCIES.map((c) => c.abbreviation);

/** A seed's date (`yyyy-mm-dd`) as the instant the portal gives it; `undefined` for another text. */
export const dateOf = (text: string): ApiDateTime | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) ? ApiDateTime.parse(`${text}T09:00:00.0000000+03:00`) : undefined;

const filled: Rule<string> = (v, path, issues) => {
  if (v === '') issues.refuse('format', path, 'a non-empty string', v);
};
const oneOf =
  (names: ReadonlyArray<string | number>): Rule<string | number> =>
  (v, path, issues) => {
    if (!names.includes(v)) issues.refuse('enum', path, `one of ${names.join(', ')}`, v);
  };
const anId: Rule<number> = (v, path, issues) => {
  if (v < 1 || v > INT32_MAX) issues.refuse('range', path, `an id from 1 to ${INT32_MAX}`, v);
};
const aDate: Rule<string> = (v, path, issues) => {
  if (dateOf(v) === undefined) issues.refuse('format', path, 'a date yyyy-mm-dd', v);
};

type Decoded = DecodedSeed;
type Deal = Decoded['deals'][number];

const CUSTOM_FIELD: Rules<Deal['customFields'][number]> = {
  label: filled,
  fieldType: oneOf(CustomFieldType.names),
};

const RULES: { readonly [K in keyof Decoded]: Rules<Decoded[K][number]> } = {
  users: { userName: filled, password: filled, role: oneOf(ROLES), displayName: filled },
  contacts: {
    id: anId,
    displayName: filled,
    shareType: oneOf(ShareType.names),
    currency: oneOf(CURRENCY_CODES),
  },
  deals: {
    id: anId,
    title: filled,
    contact: anId,
    members: anId,
    stage: oneOf(STAGES.map((s) => s.id)),
    currency: oneOf(CURRENCY_CODES),
    created: aDate,
    customFields: (field, path, issues) => checkFields(CUSTOM_FIELD, field, path, issues),
  },
};

function checkFields<E>(rules: Rules<E>, entry: E, path: Path, issues: SeedIssues): void {
  for (const key in rules) {
    const rule = rules[key] as Rule<unknown>;
    const value = entry[key];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) rule(value[i], [...path, key, i], issues);
    } else if (value !== undefined) rule(value, [...path, key], issues);
  }
}

/**
 * Every text of a decoded entry an answer can carry: each is served, and every answer can also be
 * asked for in XML, which cannot carry control characters such as `\u0001` (the XML writer
 * refuses them) or lone surrogates. A decoded entry is no deeper than its codec.
 */
function checkTexts(value: unknown, path: Path, issues: SeedIssues): void {
  if (typeof value === 'string') {
    if (!isXmlText(value)) issues.refuse('format', path, 'text XML can carry', value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkTexts(value[i], [...path, i], issues);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) checkTexts(v, [...path, key], issues);
  }
}

/**
 * The value rules of a decoded seed, entry by entry, that its types cannot say: the names a role,
 * share type, currency, stage or custom field type may take, an id's range, a date's form, the
 * texts that must not be empty, and text XML can carry. There must be a user.
 */
export function checkValues(seed: Decoded, issues: SeedIssues): void {
  if (seed.users.length === 0) issues.add('missing', ['users'], 'a user', () => 'expected at least one user');
  for (const part of ['users', 'contacts', 'deals'] as const) {
    seed[part].forEach((entry: object, i) => {
      checkFields(RULES[part] as Rules<object>, entry, [part, i], issues);
      checkTexts(entry, [part, i], issues);
    });
  }
}
