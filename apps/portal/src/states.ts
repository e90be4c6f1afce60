import type { Opportunity } from '@oo-crm/core';
import { USERS } from '@oo-crm/testkit';
import type { Authenticator } from './auth.js';
import type { Store } from './store.js';

/** What a provider state may change. */
export interface StateContext {
  readonly store: Store;
  readonly auth: Authenticator;
  /** Deals of the generated dataset, to copy from. */
  readonly deals: ReadonlyArray<Opportunity>;
}

type Params = Readonly<Record<string, unknown>>;

const asId = (u: unknown, fallback: number): number => (Number.isSafeInteger(u) ? (u as number) : fallback);

/**
 * Provider states for Pact, by name. Each makes the portal hold what the contract's interaction
 * assumes; an unknown name is an error, never a silent pass.
 */
export const PROVIDER_STATES: Readonly<Record<string, (ctx: StateContext, params: Params) => void>> = {
  'the documented contact 1234 has its deal "Hotel catalogue"': () => {},
  'contact {contactId} has no opportunities': ({ store }, params) =>
    store.setDealsOfContact(asId(params['contactId'], 999_999), []),
  'contact {contactId} has {count} opportunities': ({ store, deals }, params) => {
    const contactId = asId(params['contactId'], 4242);
    const count = asId(params['count'], 3);
    const source = deals.filter((d) => d.contact !== null && !d.isPrivate && !d.contact.isPrivate);
    const contact = { ...source[0]!.contact!, id: contactId, isPrivate: false, accessList: [] };
    store.setDealsOfContact(
      contactId,
      Array.from({ length: count }, (_, i) => {
        const d = source[i % source.length]!;
        return {
          ...d,
          id: 90_000 + i,
          title: `Deal ${String(i + 1).padStart(4, '0')}`,
          contact,
          members: [contact],
        };
      }),
    );
  },
  'the token {token} belongs to the demo user': ({ auth }, params) => {
    auth.grant(String(params['token'] ?? ''), USERS[0]!.id);
  },
  'no token is valid': ({ auth }) => auth.revokeAll(),
};

/** Sets a provider state; throws on an unknown one. */
export function setProviderState(ctx: StateContext, name: string, params: Params = {}): void {
  const handler = PROVIDER_STATES[name];
  if (!handler) throw new Error(`unknown provider state: ${name}`);
  handler(ctx, params);
}
