import { INT32_MAX } from '@oo-crm/core';

/**
 * The provider states the contracts name: what must be true of a portal, not how to arrange it.
 * The verifier satisfies them on any portal (src/provider-states.ts): by configuration, or by
 * finding such contacts and deals through the API with the caller's token.
 */
export const STATES = {
  /** The interaction's token is the caller's (the verifier sends the real one). */
  caller: 'the token {token} belongs to the caller',
  /** Injects `contactId`: a contact whose every deal the caller may see, at least one. */
  contactWithDeals: 'a contact with at least one deal, all visible to the caller',
  /** Injects `contactId`: as above, at least two. */
  contactWithSeveral: 'a contact with at least two deals, all visible to the caller',
  /** Injects `contactId`: a contact with a deal hidden from the caller and one it may see. */
  contactWithHiddenDeal: 'a contact with a deal hidden from the caller and one it may see',
  /** Injects `dealId`. */
  visibleDeal: 'a deal the caller may see',
  /**
   * Injects `dealId`: a deal whose nullable records and lists are all there, so that the contract
   * can pin them (`contact` and its `currency`, `stage`, `bidCurrency`, a member, a custom field).
   */
  dealWithRecords:
    'a deal the caller may see with a primary contact that has a currency, a stage, a bid currency, a member and a custom field',
  /** Injects `dealId`: a deal whose bid fields, left out at their defaults elsewhere, are all there. */
  dealWithBid:
    'a deal the caller may see with a per-period bid: its type, value, number of periods and probability of success',
  /** Injects `dealId`: a private deal, so its access list holds at least one user. */
  privateDeal: 'a private deal the caller may see, with at least one user in its access list',
  /** The search finds at least two deals for the caller. */
  severalDeals: 'at least two deals the caller may see',
  unknownContact: 'no contact has the id {contactId}',
  unknownDeal: 'no deal has the id {dealId}',
  invalidToken: 'the token {token} is not valid',
  /** The verifier sends the guest token it was given (`--guest-token`), else skips. */
  guest: 'the token {token} belongs to a user without CRM access',
  /** The verifier sends `OO_CRM_USER` and `OO_CRM_PASSWORD`, else skips. */
  login: 'the user {userName} can log in',
} as const;

/**
 * What a provider state guarantees of a record beyond what the server always sends, by wire name:
 * a nullable or left-out field present (not null), a list holding at least one item; nested for
 * the fields of that value (`{ contact: { currency: {} } }`: a primary contact, with a currency).
 */
export type Present = { readonly [wire: string]: Present };

/**
 * What the deal of each of these states holds: the contract pins these fields in the states'
 * interactions, and the verifier looks for a deal that has them (`holds`).
 */
export const GUARANTEES = {
  [STATES.dealWithRecords]: {
    contact: { currency: {} },
    stage: {},
    bidCurrency: {},
    members: {},
    customFields: {},
  },
  [STATES.dealWithBid]: { bidType: {}, bidValue: {}, perPeriodValue: {}, successProbability: {} },
  [STATES.privateDeal]: { accessList: {} },
} as const satisfies Readonly<Record<string, Present>>;

/**
 * Whether a wire value holds what `present` says: there and not null, a list not empty (each item
 * holding it), and each field `present` names holding its own.
 */
export function holds(value: unknown, present: Present): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => holds(item, present));
  const fields = Object.entries(present);
  if (fields.length === 0) return true;
  if (typeof value !== 'object') return false;
  return fields.every(([wire, inner]) => holds((value as Record<string, unknown>)[wire], inner));
}

/** The made-up credentials the interactions carry; the verifier swaps in real ones. */
export const CREDENTIALS = {
  token: 'Xk3Tn2Qa8pY0cW5vLs7rB1dF4gH6jK9mN0pQ2sT4uV6wX8yZ',
  invalidToken: 'not-a-valid-token-0000000000000000000000000000',
  guestToken: 'Gu3stT0k3nWithoutCrmAccess00000000000000000000000',
  userName: 'user@example.com',
  password: 'password-of-the-user',
} as const;

/** An id no portal uses (Int32.MaxValue − 1): for the unknown contact and the missing deal. */
export const UNUSED_ID = INT32_MAX - 1;
