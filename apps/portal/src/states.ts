import { decodeOpportunities, type Opportunity } from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';
import type { Authenticator } from './auth.js';
import type { Store } from './store.js';

/** What a provider state may change. */
export interface StateContext {
  readonly store: Store;
  readonly auth: Authenticator;
}

type Params = Readonly<Record<string, unknown>>;

/** The deals of the golden fixture `server-deals.json`, which contracts use as examples. */
function goldenDeals(): ReadonlyArray<Opportunity> {
  const decoded = decodeOpportunities(readFixture('server-deals.json'), 'json');
  if (decoded._tag === 'Left') throw new Error('the golden fixture does not decode');
  return decoded.right.items;
}

const asId = (u: unknown, fallback: number): number => (Number.isSafeInteger(u) ? (u as number) : fallback);

/**
 * Copies of the first golden deal for a contact shared with everyone (its primary contact and only
 * participant), with ids from `contactId` × 10 + 1 and the given titles and privacy.
 */
function dealsOfSharedContact(
  contactId: number,
  deals: ReadonlyArray<{ readonly title: string; readonly isPrivate: boolean }>,
): Opportunity[] {
  const [model] = goldenDeals();
  const contact = {
    ...model!.contact!,
    id: contactId,
    shareType: 'Read' as const,
    isShared: true,
    isPrivate: false,
    accessList: [],
  };
  return deals.map(({ title, isPrivate }, i) => ({
    ...model!,
    id: contactId * 10 + i + 1,
    title,
    contact,
    members: [contact],
    isPrivate,
    accessList: [],
  }));
}

/**
 * Provider states for Pact, by name. Each makes the portal hold what the contract's interaction
 * assumes; an unknown name is an error, never a silent pass.
 */
export const PROVIDER_STATES: Readonly<Record<string, (ctx: StateContext, params: Params) => void>> = {
  'the documented contact 1234 has its deal "Hotel catalogue"': () => {},
  'contact {contactId} has no opportunities': ({ store }, params) =>
    store.pin(asId(params['contactId'], 999_999), []),
  'contact {contactId} has {count} opportunities': ({ store }, params) => {
    // Copies of the first golden deal: one shape for all, so that a contract can pin every item.
    const [model] = goldenDeals();
    const count = asId(params['count'], 3);
    store.pin(
      asId(params['contactId'], 4242),
      Array.from({ length: count }, (_, i) => ({
        ...model!,
        id: 90_000 + i,
        title: `Deal ${String(i + 1).padStart(4, '0')}`,
      })),
    );
  },
  'contact {contactId} has the golden deals': ({ store }, params) => {
    const deals = goldenDeals();
    store.pin(asId(params['contactId'], 1234), deals.slice(0, asId(params['first'], deals.length)));
  },
  'contact {contactId} has a public deal and a deal private to others': ({ store }, params) => {
    // Under the access rules, not pinned: an administrator sees both, a regular user neither.
    store.add(
      dealsOfSharedContact(asId(params['contactId'], 4343), [
        { title: 'Public deal', isPrivate: false },
        { title: 'Private deal', isPrivate: true },
      ]),
    );
  },
  'contact {contactId} has {count} public deals': ({ store }, params) => {
    // Under the access rules, so that every route finds them (`opportunity/filter` too).
    const count = asId(params['count'], 5);
    store.add(
      dealsOfSharedContact(
        asId(params['contactId'], 4545),
        Array.from({ length: count }, (_, i) => ({ title: `Deal ${i + 1}`, isPrivate: false })),
      ),
    );
  },
  'deal {dealId} is the first golden deal': ({ store }, params) => {
    const [model] = goldenDeals();
    store.add([{ ...model!, id: asId(params['dealId'], 5001) }]);
  },
  'the token {token} belongs to the demo user': ({ auth }, params) => {
    auth.grant(String(params['token'] ?? ''), 'user');
  },
  'the token {token} belongs to an administrator': ({ auth }, params) => {
    auth.grant(String(params['token'] ?? ''), 'admin');
  },
  'the token {token} belongs to a user without CRM access': ({ auth }, params) => {
    auth.grant(String(params['token'] ?? ''), 'guest');
  },
  'no token is valid': ({ auth }) => auth.revokeAll(),
  // The portal's demo login always exists; the state names what the interaction assumes.
  'the demo user {userName} exists': () => {},
};

/** Sets a provider state; throws on an unknown one. */
export function setProviderState(ctx: StateContext, name: string, params: Params = {}): void {
  const handler = PROVIDER_STATES[name];
  if (!handler) throw new Error(`unknown provider state: ${name}`);
  handler(ctx, params);
}
