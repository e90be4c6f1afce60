import { STATES } from './states.js';

/** How the verifier may satisfy the states on a portal: what it was told, and its credentials. */
export interface StateOptions {
  /** A contact whose every deal the caller may see, at least one (`--contact-with-deals`). */
  readonly contactWithDeals?: number;
  /** As above, at least two (`--contact-with-several`). */
  readonly contactWithSeveral?: number;
  /** A contact with a deal hidden from the caller and one it may see (`--contact-with-hidden-deal`). */
  readonly contactWithHiddenDeal?: number;
  /** A deal the caller may see (`--deal`). */
  readonly dealId?: number;
  /** A token of a user without CRM access, for the 403 interaction. */
  readonly guestToken?: string;
  /** A user name and password, for the login interaction. */
  readonly userName?: string;
  readonly password?: string;
}

/** What a state comes to on this portal: the values it gives the interaction, or why it cannot be met. */
export type Resolution = { readonly values: Readonly<Record<string, number>> } | { readonly skip: string };

const NONE: Resolution = { values: {} };
/** How many contacts the search for a state may try, at most. */
const MAX_PROBES = 40;

interface Deal {
  readonly id: number;
  readonly contact?: { readonly id: number };
  readonly members?: ReadonlyArray<{ readonly id: number }>;
}

/**
 * Satisfies the contracts' provider states on any portal: by what it was told, or by finding such
 * contacts and deals through the API with the caller's token (`opportunity/filter` for the deals
 * the caller may see, `bycontact` to tell which of their contacts answer all or nothing). A state
 * no one can meet here is a reason to skip the interactions that need it, never a pass.
 */
export class ProviderStates {
  private readonly cache = new Map<string, Promise<Resolution>>();
  private visible: Promise<ReadonlyArray<Deal>> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly options: StateOptions,
  ) {}

  /** What a state comes to here (each state resolved once). */
  resolve(state: string): Promise<Resolution> {
    let known = this.cache.get(state);
    if (!known) {
      known = this.find(state);
      this.cache.set(state, known);
    }
    return known;
  }

  private async find(state: string): Promise<Resolution> {
    const o = this.options;
    switch (state) {
      case STATES.caller:
      case STATES.unknownContact:
      case STATES.unknownDeal:
      case STATES.invalidToken:
        return NONE;
      case STATES.guest:
        return o.guestToken ? NONE : { skip: 'no guest token given (--guest-token or OO_CRM_GUEST_TOKEN)' };
      case STATES.login:
        return o.userName && o.password
          ? NONE
          : { skip: 'no user name and password given (OO_CRM_USER and OO_CRM_PASSWORD)' };
      case STATES.visibleDeal: {
        if (o.dealId !== undefined) return { values: { dealId: o.dealId } };
        const [deal] = await this.visibleDeals();
        return deal
          ? { values: { dealId: deal.id } }
          : { skip: 'the caller sees no deal (or give --deal N)' };
      }
      case STATES.severalDeals:
        return (await this.visibleDeals()).length >= 2
          ? NONE
          : { skip: 'the caller sees fewer than two deals' };
      case STATES.contactWithDeals:
        return this.contact(
          o.contactWithDeals,
          '--contact-with-deals',
          async (id) => (await this.listed(id)) >= 1,
        );
      case STATES.contactWithSeveral:
        return this.contact(
          o.contactWithSeveral,
          '--contact-with-several',
          async (id) => (await this.listed(id)) >= 2,
        );
      case STATES.contactWithHiddenDeal:
        return this.contact(
          o.contactWithHiddenDeal,
          '--contact-with-hidden-deal',
          async (id) => (await this.listed(id)) === 0 && (await this.searched(id)) >= 1,
        );
      default:
        return { skip: `the pact names a state this verifier does not know: "${state}"` };
    }
  }

  /** A contact given, or the first of the caller's deals' contacts that passes `test`. */
  private async contact(
    given: number | undefined,
    flag: string,
    test: (id: number) => Promise<boolean>,
  ): Promise<Resolution> {
    if (given !== undefined) return { values: { contactId: given } };
    const candidates = new Set<number>();
    for (const deal of await this.visibleDeals()) {
      if (deal.contact) candidates.add(deal.contact.id);
      for (const m of deal.members ?? []) candidates.add(m.id);
    }
    for (const id of [...candidates].slice(0, MAX_PROBES)) {
      if (await test(id)) return { values: { contactId: id } };
    }
    return { skip: `no such contact found among the caller's deals (give ${flag} N)` };
  }

  /** The deals the caller may see, from the search (first page). */
  private visibleDeals(): Promise<ReadonlyArray<Deal>> {
    this.visible ??= this.items('api/2.0/crm/opportunity/filter?count=200');
    return this.visible;
  }

  /** How many deals bycontact lists for a contact. */
  private async listed(contactId: number): Promise<number> {
    return (await this.items(`api/2.0/crm/opportunity/bycontact/${contactId}?count=0`)).length;
  }

  /** How many deals the search finds for a contact, as a participant. */
  private async searched(contactId: number): Promise<number> {
    const path = `api/2.0/crm/opportunity/filter?contactid=${contactId}&contactAlsoIsParticipant=true&count=2`;
    return (await this.items(path)).length;
  }

  private async items(path: string): Promise<ReadonlyArray<Deal>> {
    const url = new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
    const answer = await fetch(url, {
      headers: { authorization: this.token, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!answer.ok) throw new Error(`GET ${url.pathname}: ${answer.status} (is the token valid?)`);
    const body = (await answer.json()) as { response?: unknown };
    return Array.isArray(body.response) ? (body.response as Deal[]) : [];
  }
}
