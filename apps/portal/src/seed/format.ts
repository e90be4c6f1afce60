import {
  array,
  bool,
  type CustomField,
  decimal,
  defaulted,
  integer,
  optional,
  record,
  required,
  text,
} from '@oo-crm/core';
import type { Role } from '../auth/authenticator.js';

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

// The same form as codecs, decoded by core's engine: the types, what is required, and the
// defaults. What a type cannot say (a role's names, an id's range, a date's form) is the value
// rules' (rules.ts); what refers to another entry is checked as the entities are built (read.ts).
const absent = 'when not given';
const texts = (of: string) => defaulted(array(text), [], 'when-default', of);

const User = record('user', {
  userName: required(text, 'What the user logs in with; contacts and deals name the user by it.'),
  password: required(text, 'Its password.'),
  role: required(text, 'admin, user or guest.'),
  displayName: required(text, 'Its name as shown.'),
  title: defaulted(text, '', 'when-default', 'Its job title.'),
  twoFactorCode: optional(
    text,
    absent,
    'The code an authenticator app would give, asked after the password.',
  ),
});

const Contact = record('contact', {
  id: required(integer, 'Its id; deals refer to it by it.'),
  displayName: required(text, 'Its name.'),
  isCompany: defaulted(bool, false, 'when-default', 'A company, or a person.'),
  shareType: defaulted(text, 'None', 'when-default', 'None (private), Read or ReadWrite.'),
  accessList: texts('User names who may see it while it is private.'),
  currency: optional(text, absent, 'An ISO code of the portal’s currencies.'),
});

const CustomFieldEntry = record('custom field', {
  label: required(text, 'Its label.'),
  fieldType: required(text, 'A name of CustomFieldType.'),
  value: defaulted(text, '', 'when-default', 'Its value.'),
});

const Deal = record('deal', {
  id: required(integer, 'Its id.'),
  title: required(text, 'Its title.'),
  description: defaulted(text, '', 'when-default', 'Its description.'),
  contact: optional(integer, absent, 'Its primary contact’s id.'),
  members: defaulted(array(integer), [], 'when-default', 'Its participants’ contact ids.'),
  createdBy: optional(text, absent, 'A user name; the first user when not given.'),
  responsible: optional(text, absent, 'A user name; the first user when not given.'),
  isPrivate: defaulted(bool, false, 'when-default', 'Whether only its access list may see it.'),
  accessList: texts('User names who may see it while it is private.'),
  stage: defaulted(integer, 1, 'when-default', 'A stage id of the default pipeline (1–6).'),
  bidValue: defaulted(decimal, 0, 'when-default', 'Its bid.'),
  currency: optional(text, absent, 'An ISO code of the portal’s currencies.'),
  created: defaulted(text, '2024-01-01', 'when-default', 'yyyy-mm-dd.'),
  tags: texts('Tags, for opportunity/filter?tags=.'),
  customFields: defaulted(array(CustomFieldEntry), [], 'when-default', 'Its custom fields.'),
});

/** A seed as core's engine decodes it: each entry's types checked, absent fields defaulted. */
export const SeedCodec = record('seed', {
  users: required(array(User), 'At least one.'),
  contacts: defaulted(array(Contact), [], 'when-default', 'Contacts.'),
  deals: defaulted(array(Deal), [], 'when-default', 'Deals.'),
});

type Decoded<C> = C extends { readonly _A: infer A } ? A : never;
/** A seed as decoded: what the value rules and the building of entities read. */
export type DecodedSeed = Decoded<typeof SeedCodec>;

// The public types above and the codecs name the same fields (checked here, when compiled).
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : never;
const sameFields: [
  SameKeys<Seed, Decoded<typeof SeedCodec>>,
  SameKeys<SeedUser, Decoded<typeof User>>,
  SameKeys<SeedContact, Decoded<typeof Contact>>,
  SameKeys<SeedDeal, Decoded<typeof Deal>>,
  SameKeys<NonNullable<SeedDeal['customFields']>[number], Decoded<typeof CustomFieldEntry>>,
] = [true, true, true, true, true];
void sameFields;
