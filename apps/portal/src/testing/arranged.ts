import type { Opportunity } from '@oo-crm/core';
import type { Caller } from '../auth/authenticator.js';
import { Authenticator } from '../auth/authenticator.js';
import type { Credentials } from '../auth/credentials.js';
import { Store } from '../crm/store.js';

/**
 * The test portal's store: the runtime store, plus lists pinned for a contact and served as given,
 * whoever asks (exact arrangements for our own tests; test mode only).
 */
export class ArrangedStore extends Store {
  private readonly pinned = new Map<number, ReadonlyArray<Opportunity>>();

  /** Serves exactly these deals for a contact, bypassing selection and access rules. */
  pin(contactId: number, deals: ReadonlyArray<Opportunity>): void {
    this.pinned.set(contactId, deals);
  }

  override byContact(contactId: number, caller: Caller): Opportunity[] {
    const pinned = this.pinned.get(contactId);
    return pinned ? [...pinned] : super.byContact(contactId, caller);
  }
}

/** The test portal's authenticator: the runtime one, whose tokens a test can all revoke at once. */
export class ArrangedAuthenticator extends Authenticator {
  /** The revocation each token was issued after; a token from before the last one is refused. */
  private readonly issuedIn = new Map<string, number>();
  private generation = 0;

  override login(...args: Parameters<Authenticator['login']>): ReturnType<Authenticator['login']> {
    const outcome = super.login(...args);
    if (outcome?.kind === 'token') this.issuedIn.set(outcome.token, this.generation);
    return outcome;
  }

  override identify(credentials: Credentials): Caller | undefined {
    if (credentials.kind === 'token' && this.issuedIn.get(credentials.token) !== this.generation)
      return undefined;
    return super.identify(credentials);
  }

  /** Makes every token issued so far invalid (the state "no token is valid"). */
  revokeAll(): void {
    this.generation++;
    this.issuedIn.clear();
  }
}
