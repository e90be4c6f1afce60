import type { Opportunity, OpportunityPage, WireFormat } from '@oo-crm/core';
import * as TE from 'fp-ts/lib/TaskEither.js';
import {
  authenticationUrl,
  type ByContactOptions,
  byContactUrl,
  MAX_PAGE_SIZE,
  opportunityUrl,
} from './endpoint.js';
import { AuthenticationError, InvalidArgumentError, NetworkError, OoCrmError } from './errors.js';
import { type FilterOptions, filterUrl } from './filter-query.js';
import { interpretItem, interpretLogin, interpretPage } from './interpret.js';
import {
  type ClientOptions,
  optionsObject,
  pagingBudgetOf,
  type ResolvedOptions,
  resolveOptions,
  signalOf,
} from './options.js';
import { allPages, type PagingBudget, type SizedPage } from './paging.js';
import { DEFAULT_BACKOFF, withRetries } from './retry.js';
import { type Login, Session } from './session.js';
import { type Answer, exchange } from './transport.js';

/** The calls on opportunities. */
export interface OpportunitiesApi {
  /**
   * One page of a contact's opportunities (the server's list parameters apply).
   *
   * **The real server answers all or nothing here**: for a caller who is not an administrator, one
   * private deal hidden from them empties the whole list. To list the deals they may see, use
   * {@link OpportunitiesApi.filter} with `{ contactId, alsoParticipant: true }`, or
   * `allByContact(contactId, { via: 'filter' })`.
   */
  byContact(contactId: number | string, options?: ByContactOptions): Promise<OpportunityPage>;
  /** {@link OpportunitiesApi.byContact} for fp-ts: never rejects, every failure is a Left. */
  byContactTE(
    contactId: number | string,
    options?: ByContactOptions,
  ): TE.TaskEither<OoCrmError, OpportunityPage>;
  /**
   * Every page, following the server's paging (`count` up to 1000, `total`, `nextIndex`), within
   * `maxPages`, `maxItems` and `maxTotalBytes` (the client's, unless given here): past them, or when the server's
   * paging does not advance, it throws a {@link PagingError} after the pages already yielded.
   */
  allByContact(
    contactId: number | string,
    options?: AllByContactOptions,
  ): AsyncIterableIterator<OpportunityPage>;
  /**
   * One page of a search (`GET api/2.0/crm/opportunity/filter`): every criterion given must hold.
   * The page carries `total`; options the server would answer with an unconditional empty list
   * (`alsoParticipant` without `contactId`, one end of the date window) are an
   * `InvalidArgumentError` before any I/O.
   */
  filter(options?: FilterOptions): Promise<OpportunityPage>;
  /** {@link OpportunitiesApi.filter} for fp-ts: never rejects, every failure is a Left. */
  filterTE(options?: FilterOptions): TE.TaskEither<OoCrmError, OpportunityPage>;
  /** Every page of a search, within the same bounds as {@link OpportunitiesApi.allByContact}. */
  filterAll(options?: FilterOptions & Partial<PagingBudget>): AsyncIterableIterator<OpportunityPage>;
  /**
   * One opportunity by id (`GET api/2.0/crm/opportunity/{id}`): a missing deal, or one hidden from
   * the caller, is a `NotFoundError`; an id outside 1 … 2147483647 an
   * `InvalidArgumentError` before any I/O.
   */
  get(id: number | string, options?: { readonly signal?: AbortSignal }): Promise<Opportunity>;
  /** {@link OpportunitiesApi.get} for fp-ts: never rejects, every failure is a Left. */
  getTE(
    id: number | string,
    options?: { readonly signal?: AbortSignal },
  ): TE.TaskEither<OoCrmError, Opportunity>;
}

/** Options of an all-pages iteration: one page's options, and the iteration's own bounds. */
export interface AllPagesOptions extends ByContactOptions, Partial<PagingBudget> {
  /** `bycontact` (the default). */
  readonly via?: 'bycontact';
}

/**
 * `allByContact` through `opportunity/filter?contactid=N&contactAlsoIsParticipant=true`: the same
 * deals, by stage rather than by title, and never emptied by a hidden one. `bycontact`'s generic
 * list parameters do not apply there; the search's order and paging do.
 */
export interface AllByContactViaFilter
  extends Pick<FilterOptions, 'sortBy' | 'sortOrder' | 'count' | 'startIndex' | 'signal'>,
    Partial<PagingBudget> {
  readonly via: 'filter';
}

/** Options of {@link OpportunitiesApi.allByContact}. */
export type AllByContactOptions = AllPagesOptions | AllByContactViaFilter;

/** A client of one portal. */
export interface Client {
  readonly opportunities: OpportunitiesApi;
}

const JSON_TYPES = 'application/json';

/** What reads an answer: the value, or the error. */
type Interpret<A> = (answer: Answer, format: WireFormat, secrets: ReadonlyArray<string>) => A | OoCrmError;

/** `interpret`, with the size of the body the value was read from. */
const sized =
  <A>(interpret: Interpret<A>): Interpret<SizedPage<A>> =>
  (answer, format, secrets) => {
    const value = interpret(answer, format, secrets);
    return value instanceof OoCrmError ? value : { page: value, bytes: answer.bytes.length };
  };

/** Any failure as an {@link OoCrmError} (a bug surfaces as a NetworkError with its cause, not as a raw throw). */
function asClientError(error: unknown): OoCrmError {
  return error instanceof OoCrmError ? error : new NetworkError('unexpected failure', { cause: error });
}

/**
 * Creates a client. Options are checked here (an {@link InvalidArgumentError} for a bad one) and
 * no I/O happens until the first call.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://example.onlyoffice.com', auth: { token } });
 * const page = await client.opportunities.byContact(1234);
 */
export function createClient(options: ClientOptions): Client {
  const o = resolveOptions(options);
  const commonHeaders: Record<string, string> = {
    accept: o.format === 'xml' ? 'text/xml' : JSON_TYPES,
    'user-agent': o.userAgent,
  };
  const session = new Session(o.auth, (userName, password) => logIn(o, commonHeaders, userName, password));
  // What the server may echo and an error must never repeat.
  const password = 'password' in o.auth ? [o.auth.password] : [];

  async function attemptGet<A>(
    url: URL,
    interpret: Interpret<A>,
    signal: AbortSignal | undefined,
    attempt: number,
  ): Promise<A> {
    for (let renewed = false; ; renewed = true) {
      const token = await session.token(signal);
      // No Content-Type on a GET: a JSON content type makes the server answer JSON even to `.xml`.
      const answer = await exchange({
        method: 'GET',
        url,
        headers: { ...commonHeaders, authorization: token },
        signal,
        timeoutMs: o.timeoutMs,
        maxResponseBytes: o.maxResponseBytes,
        fetch: o.fetch,
        attempt,
        onEvent: o.onEvent,
      });
      const result = interpret(answer, o.format, [token, ...password]);
      if (!(result instanceof OoCrmError)) return result;
      // A refused token from a login is renewed once: it may have expired or been revoked.
      if (result instanceof AuthenticationError && session.canRenew && !renewed) {
        session.renew(token);
        continue;
      }
      throw result;
    }
  }

  /**
   * A GET with the client's retries. The call's options are checked first (a JavaScript caller may
   * pass anything): an invalid one is an InvalidArgumentError before any I/O.
   */
  async function get<A, O extends { readonly signal?: AbortSignal }>(
    given: O | undefined,
    urlOf: (options: O) => URL,
    interpret: Interpret<A>,
  ): Promise<A> {
    try {
      const options = optionsObject<O>('options', given);
      const signal = signalOf(options.signal);
      const url = urlOf(options);
      return await withRetries(
        (n) => attemptGet(url, interpret, signal, n),
        o.retries,
        DEFAULT_BACKOFF,
        signal,
        (n, delayMs, e) =>
          o.onEvent?.({
            type: 'retry',
            method: 'GET',
            url: e.request?.url ?? '',
            attempt: n,
            delayMs,
            reason: e.code,
          }),
      );
    } catch (error) {
      throw asClientError(error);
    }
  }

  const byContact = (contactId: number | string, options?: ByContactOptions) =>
    get(options, (given) => byContactUrl(o.base, contactId, o.format, given), interpretPage);

  const getOne = (id: number | string, options?: { readonly signal?: AbortSignal }) =>
    get(options, () => opportunityUrl(o.base, id, o.format), interpretItem);

  const filter = (options?: FilterOptions) =>
    get(options, (given) => filterUrl(o.base, o.format, given), interpretPage);

  // The pages of an all-pages iteration, with the size of their bodies for its byte budget.
  const sizedPage = sized(interpretPage);
  const byContactSized = (contactId: number | string, options: ByContactOptions) =>
    get(options, (given) => byContactUrl(o.base, contactId, o.format, given), sizedPage);
  const filterSized = (options: FilterOptions) =>
    get(options, (given) => filterUrl(o.base, o.format, given), sizedPage);

  function filterAll(given?: FilterOptions & Partial<PagingBudget>): AsyncIterableIterator<OpportunityPage> {
    const options = optionsObject('options', given);
    const { maxPages, maxItems, maxTotalBytes, ...pageOptions } = options;
    return allPages(
      (startIndex, count) => filterSized({ ...pageOptions, count, startIndex }),
      options.startIndex ?? 0,
      options.count ?? MAX_PAGE_SIZE,
      pagingBudgetOf({ maxPages, maxItems, maxTotalBytes }, o),
    );
  }

  function allByContact(
    contactId: number | string,
    given?: AllByContactOptions,
  ): AsyncIterableIterator<OpportunityPage> {
    const options = optionsObject<AllByContactOptions>('options', given);
    if (options.via === 'filter') {
      const { via: _, ...rest } = options;
      return filterAll({ ...rest, contactId, alsoParticipant: true });
    }
    if (options.via !== undefined && options.via !== 'bycontact') {
      throw new InvalidArgumentError("via must be 'bycontact' or 'filter'");
    }
    const { maxPages, maxItems, maxTotalBytes, via: _, ...pageOptions } = options;
    const budget = pagingBudgetOf({ maxPages, maxItems, maxTotalBytes }, o);
    return allPages(
      (startIndex, count) => byContactSized(contactId, { ...pageOptions, count, startIndex }),
      options.startIndex ?? 0,
      options.count ?? MAX_PAGE_SIZE,
      budget,
    );
  }

  return {
    opportunities: {
      byContact,
      byContactTE: (contactId, options) => TE.tryCatch(() => byContact(contactId, options), asClientError),
      allByContact,
      get: getOne,
      getTE: (id, options) => TE.tryCatch(() => getOne(id, options), asClientError),
      filter,
      filterTE: (options) => TE.tryCatch(() => filter(options), asClientError),
      filterAll,
    },
  };
}

async function logIn(
  o: ResolvedOptions,
  headers: Record<string, string>,
  userName: string,
  password: string,
): Promise<Login> {
  // A login is a POST: it is not retried.
  const answer = await exchange({
    method: 'POST',
    url: authenticationUrl(o.base),
    headers: { ...headers, accept: JSON_TYPES, 'content-type': JSON_TYPES },
    body: JSON.stringify({ userName, password }),
    signal: undefined,
    timeoutMs: o.timeoutMs,
    maxResponseBytes: Math.min(o.maxResponseBytes, 1024 * 1024),
    fetch: o.fetch,
    attempt: 1,
    onEvent: o.onEvent,
  });
  const result = interpretLogin(answer, [password]);
  if (result instanceof OoCrmError) throw result;
  return { token: result.token as string, expiresAt: result.expires?.epochMs ?? Number.POSITIVE_INFINITY };
}
