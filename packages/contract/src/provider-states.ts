import { BYCONTACT_ROUTE, FILTER_ROUTE, routeUrl } from '@oo-crm/core';
import { idFrom, parseJson, readBounded, send } from './http.js';
import { LIMITS } from './limits.js';
import { GUARANTEES, holds, STATES } from './states.js';

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
  /** A deal with a primary contact that has a currency, a stage, a bid currency, a member and a custom field (`--deal-with-records`). */
  readonly dealWithRecords?: number;
  /** A deal with a per-period bid: its type, value, periods and probability of success (`--deal-with-bid`). */
  readonly dealWithBid?: number;
  /** A private deal the caller may see, its access list not empty (`--private-deal`). */
  readonly privateDeal?: number;
  /** A token of a user without CRM access, for the 403 interaction. */
  readonly guestToken?: string;
  /** A user name and password, for the login interaction. */
  readonly userName?: string;
  readonly password?: string;
}

/** What a state comes to on this portal: the values it gives the interaction, or why it cannot be met. */
export type Resolution = { readonly values: Readonly<Record<string, number>> } | { readonly skip: string };

const NONE: Resolution = { values: {} };

/** A deal as the search answers it: what the state search reads of it, unchecked until read. */
type Deal = Readonly<Record<string, unknown>>;

/**
 * Satisfies the contracts' provider states on any portal: by what it was told, or by finding such
 * contacts and deals through the API with the caller's token (`opportunity/filter` for the deals
 * the caller may see, `bycontact` to tell which of their contacts answer all or nothing). A state
 * no one can meet here is a reason to skip the interactions that need it, never a pass. The whole
 * search has a deadline (`signal`); past it, the states not yet met are skipped, saying so.
 */
export class ProviderStates {
  private readonly cache = new Map<string, Promise<Resolution>>();
  private visible: Promise<ReadonlyArray<Deal>> | undefined;
  /** The deals of the search's answer, for the check of the fields absent from every one. */
  seen: ReadonlyArray<Deal> = [];

  constructor(
    private readonly baseUrl: URL,
    private readonly token: string,
    private readonly options: StateOptions,
    private readonly signal: AbortSignal,
  ) {}

  /** What a state comes to here (each state resolved once). */
  resolve(state: string): Promise<Resolution> {
    let known = this.cache.get(state);
    if (!known) {
      known = this.find(state).catch((error: unknown) => {
        if (this.signal.aborted)
          return { skip: `the state search did not finish in time (${this.hint(state)})` };
        throw error;
      });
      this.cache.set(state, known);
    }
    return known;
  }

  /** The option that meets a state without the search. */
  private hint(state: string): string {
    const flag = FLAGS[state];
    return flag ? `give ${flag} N` : 'give the ids as options';
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
      case STATES.visibleDeal:
        return this.deal(o.dealId, state, () => true, 'the caller sees no deal');
      case STATES.dealWithRecords:
      case STATES.dealWithBid:
      case STATES.privateDeal:
        return this.deal(
          {
            [STATES.dealWithRecords]: o.dealWithRecords,
            [STATES.dealWithBid]: o.dealWithBid,
            [STATES.privateDeal]: o.privateDeal,
          }[state],
          state,
          (d) => holds(d, GUARANTEES[state]),
          'no such deal among those the caller sees',
        );
      case STATES.severalDeals:
        return (await this.visibleDeals()).length >= 2
          ? NONE
          : { skip: 'the caller sees fewer than two deals' };
      case STATES.contactWithDeals:
        return this.contact(o.contactWithDeals, state, async (id) => (await this.listed(id)) >= 1);
      case STATES.contactWithSeveral:
        return this.contact(o.contactWithSeveral, state, async (id) => (await this.listed(id)) >= 2);
      case STATES.contactWithHiddenDeal:
        return this.contact(
          o.contactWithHiddenDeal,
          state,
          async (id) => (await this.listed(id)) === 0 && (await this.searched(id)) >= 1,
        );
      default:
        return { skip: `the pact names a state this verifier does not know: "${state}"` };
    }
  }

  /** A deal given, or the first of the caller's deals that passes `test`. */
  private async deal(
    given: number | undefined,
    state: string,
    test: (deal: Deal) => boolean,
    none: string,
  ): Promise<Resolution> {
    if (given !== undefined) return { values: { dealId: given } };
    for (const deal of await this.visibleDeals()) {
      const id = idFrom(deal['id']);
      if (id !== undefined && test(deal)) return { values: { dealId: id } };
    }
    return { skip: `${none} (${this.hint(state)})` };
  }

  /** A contact given, or the first of the caller's deals' contacts that passes `test`. */
  private async contact(
    given: number | undefined,
    state: string,
    test: (id: number) => Promise<boolean>,
  ): Promise<Resolution> {
    if (given !== undefined) return { values: { contactId: given } };
    const candidates = new Set<number>();
    for (const deal of await this.visibleDeals()) {
      const contact = deal['contact'] as { id?: unknown } | null | undefined;
      const primary = idFrom(contact?.id);
      if (primary !== undefined) candidates.add(primary);
      const members = Array.isArray(deal['members'])
        ? (deal['members'] as Array<{ id?: unknown } | null>)
        : [];
      for (const m of members) {
        const id = idFrom(m?.id);
        if (id !== undefined) candidates.add(id);
      }
    }
    for (const id of [...candidates].slice(0, LIMITS.probes)) {
      if (await test(id)) return { values: { contactId: id } };
    }
    return { skip: `no such contact found among the caller's deals (${this.hint(state)})` };
  }

  /** The deals the caller may see, from the search (first page). */
  private visibleDeals(): Promise<ReadonlyArray<Deal>> {
    this.visible ??= this.items(routeUrl(FILTER_ROUTE, {}, { count: 200 })).then((deals) => {
      this.seen = deals;
      return deals;
    });
    return this.visible;
  }

  /** How many deals bycontact lists for a contact. */
  private async listed(contactId: number): Promise<number> {
    return (await this.items(routeUrl(BYCONTACT_ROUTE, { contactid: contactId }, { count: 0 }))).length;
  }

  /** How many deals the search finds for a contact, as a participant. */
  private async searched(contactId: number): Promise<number> {
    const path = routeUrl(
      FILTER_ROUTE,
      {},
      { contactid: contactId, contactAlsoIsParticipant: true, count: 2 },
    );
    return (await this.items(path)).length;
  }

  private async items(path: string): Promise<ReadonlyArray<Deal>> {
    const url = new URL(path, this.baseUrl);
    const what = `GET ${url.pathname}${url.search}`;
    const answer = await send(
      url,
      { headers: { authorization: this.token, accept: 'application/json' } },
      what,
      this.signal,
    );
    if (!answer.ok) {
      await answer.body?.cancel();
      throw new Error(`${what}: ${answer.status} (is the token valid?)`);
    }
    const body = parseJson(await readBounded(answer, what), what) as { response?: unknown } | null;
    const list = body?.response;
    return Array.isArray(list) ? list.filter((d): d is Deal => typeof d === 'object' && d !== null) : [];
  }
}

/** The option that meets each state without the search. */
const FLAGS: Readonly<Record<string, string>> = {
  [STATES.contactWithDeals]: '--contact-with-deals',
  [STATES.contactWithSeveral]: '--contact-with-several',
  [STATES.contactWithHiddenDeal]: '--contact-with-hidden-deal',
  [STATES.visibleDeal]: '--deal',
  [STATES.dealWithRecords]: '--deal-with-records',
  [STATES.dealWithBid]: '--deal-with-bid',
  [STATES.privateDeal]: '--private-deal',
};
