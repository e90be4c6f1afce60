import type { OpportunityPage } from '@oo-crm/core';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { authenticationUrl, type ByContactOptions, byContactUrl, MAX_PAGE_SIZE } from './endpoint.js';
import { AuthenticationError, NetworkError, OoCrmError } from './errors.js';
import { interpretLogin, interpretPage } from './interpret.js';
import { type ClientOptions, pagingBudgetOf, type ResolvedOptions, resolveOptions } from './options.js';
import { allPages, type PagingBudget } from './paging.js';
import { DEFAULT_BACKOFF, withRetries } from './retry.js';
import { type Login, Session } from './session.js';
import { exchange } from './transport.js';

/** The calls on opportunities. */
export interface OpportunitiesApi {
  /** One page of a contact's opportunities (the server's list parameters apply). */
  byContact(contactId: number | string, options?: ByContactOptions): Promise<OpportunityPage>;
  /** {@link OpportunitiesApi.byContact} for fp-ts: never rejects, every failure is a Left. */
  byContactTE(
    contactId: number | string,
    options?: ByContactOptions,
  ): TE.TaskEither<OoCrmError, OpportunityPage>;
  /**
   * Every page, following the server's paging (`count` up to 1000, `total`, `nextIndex`), within
   * `maxPages` and `maxItems` (the client's, unless given here): past them, or when the server's
   * paging does not advance, it throws a {@link PagingError} after the pages already yielded.
   */
  allByContact(contactId: number | string, options?: AllPagesOptions): AsyncIterableIterator<OpportunityPage>;
}

/** Options of an all-pages iteration: one page's options, and the iteration's own bounds. */
export interface AllPagesOptions extends ByContactOptions, Partial<PagingBudget> {}

/** A client of one portal. */
export interface Client {
  readonly opportunities: OpportunitiesApi;
}

const JSON_TYPES = 'application/json';

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

  async function attemptPage(
    url: URL,
    signal: AbortSignal | undefined,
    attempt: number,
  ): Promise<OpportunityPage> {
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
      const result = interpretPage(answer, o.format, [token, ...password]);
      if (!(result instanceof OoCrmError)) return result;
      // A refused token from a login is renewed once: it may have expired or been revoked.
      if (result instanceof AuthenticationError && session.canRenew && !renewed) {
        session.renew(token);
        continue;
      }
      throw result;
    }
  }

  async function byContact(
    contactId: number | string,
    options: ByContactOptions = {},
  ): Promise<OpportunityPage> {
    try {
      const url = byContactUrl(o.base, contactId, o.format, options);
      return await withRetries(
        (n) => attemptPage(url, options.signal, n),
        o.retries,
        DEFAULT_BACKOFF,
        options.signal,
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

  function allByContact(
    contactId: number | string,
    options: AllPagesOptions = {},
  ): AsyncIterableIterator<OpportunityPage> {
    const { maxPages, maxItems, ...pageOptions } = options;
    const budget = pagingBudgetOf({ maxPages, maxItems }, o);
    return allPages(
      (startIndex, count) => byContact(contactId, { ...pageOptions, count, startIndex }),
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
