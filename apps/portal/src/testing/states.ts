import { documentedDeal } from '../dataset/index.js';
import type { ArrangedAuthenticator, ArrangedStore } from './arranged.js';

/** What a state may change. */
export interface StateContext {
  readonly store: ArrangedStore;
  readonly auth: ArrangedAuthenticator;
}

type Params = Readonly<Record<string, unknown>>;

const asId = (u: unknown, fallback: number): number => (Number.isSafeInteger(u) ? (u as number) : fallback);

/**
 * Exact arrangements for our own tests, by name (test mode only): a contract verified against a
 * portal does not need them (the verifier finds what its states need through the API). An
 * unknown name is an error, never a silent pass.
 */
export const PROVIDER_STATES: Readonly<Record<string, (ctx: StateContext, params: Params) => void>> = {
  'contact {contactId} has no opportunities': ({ store }, params) =>
    store.pin(asId(params['contactId'], 999_999), []),
  'contact {contactId} has {count} opportunities': ({ store }, params) => {
    // Copies of the documented example deal (every field set), so that every item has one shape.
    const model = documentedDeal();
    const count = asId(params['count'], 3);
    store.pin(
      asId(params['contactId'], 4242),
      Array.from({ length: count }, (_, i) => ({
        ...model,
        id: 90_000 + i,
        title: `Deal ${String(i + 1).padStart(4, '0')}`,
      })),
    );
  },
  'no token is valid': ({ auth }) => auth.revokeAll(),
};

/** Sets a state; throws on an unknown one. */
export function setProviderState(ctx: StateContext, name: string, params: Params = {}): void {
  const handler = PROVIDER_STATES[name];
  if (!handler) throw new Error(`unknown provider state: ${name}`);
  handler(ctx, params);
}
