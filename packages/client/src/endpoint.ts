import {
  AUTHENTICATION_ROUTE,
  BY_ID_ROUTE,
  BYCONTACT_ROUTE,
  checkedText,
  type FILTER_OPS,
  parameterOf,
  RequestRuleError,
  type RouteParameter,
  type WireFormat,
} from '@oo-crm/core';
import { InvalidArgumentError } from './errors.js';
import { type OptionNames, requestUrl } from './request-url.js';

/** The server's largest page (core's route table). */
export { MAX_PAGE_SIZE } from '@oo-crm/core';

/**
 * How the server compares a filter's value with a property's text: `equals` (its default),
 * `contains`, `startsWith` and `endsWith` ignore case; `present` is a case-sensitive substring test.
 */
export type FilterOp = (typeof FILTER_OPS)[number];

/**
 * Options of one `byContact` call: the server's generic list parameters, with the meaning the real
 * server gives them (docs/real-server.md, "List parameters"), and cancellation.
 */
export interface ByContactOptions {
  /** Page size, 1–1000; **0 asks for every item** in one answer (the server's meaning of 0). */
  readonly count?: number;
  /** Index of the first item. */
  readonly startIndex?: number;
  /**
   * A property path to sort by, e.g. `title`, `bidValue` or `stage.title` (deals whose `stage` is
   * null are then left out). An object-valued property (`contact`, `stage`) makes the server fail.
   */
  readonly sortBy?: string;
  /** Only with `sortBy`. */
  readonly sortOrder?: 'ascending' | 'descending';
  /** A property path to filter on, with `filterOp` and `filterValue`. */
  readonly filterBy?: string;
  /** Default `equals`. */
  readonly filterOp?: FilterOp;
  /**
   * Compared with the .NET text of the property (`True`/`False`, `1500.000000000`, a date as the
   * server writes it). Commas split it into alternatives: an item matches when any one does.
   */
  readonly filterValue?: string;
  /**
   * Not supported: the real server never filters by it (it is ignored, and with some parameters
   * it empties the list); refused with an `InvalidArgumentError` rather than sent.
   * @deprecated The server ignores it; filter the decoded items instead.
   */
  readonly updatedSince?: never;
  /** Cancels the call at any stage, a backoff sleep included. */
  readonly signal?: AbortSignal;
}

/** Each `byContact` option's parameter (`updatedSince` too: the table says why it is refused). */
export const BYCONTACT_OPTIONS: OptionNames<ByContactOptions> = {
  count: 'count',
  startIndex: 'startIndex',
  sortBy: 'sortBy',
  sortOrder: 'sortOrder',
  filterBy: 'filterBy',
  filterOp: 'filterOp',
  filterValue: 'filterValue',
  updatedSince: 'updatedSince',
};
export const CONTACT_ID = { contactId: 'contactid' };
export const OPPORTUNITY_ID = { 'opportunity id': 'opportunityid' };

/** A contact id as the bycontact route takes it: digits only, 0 … 2147483647. */
export function contactIdOf(value: unknown): string {
  const p = parameterOf(BYCONTACT_ROUTE, 'contactid') as RouteParameter;
  try {
    return checkedText(p, value, 'contactId') as string;
  } catch (error) {
    if (error instanceof RequestRuleError) throw new InvalidArgumentError(error.message, { cause: error });
    throw error;
  }
}

/**
 * The URL of `GET api/2.0/crm/opportunity/{id}[.xml]`: an id from 1 (the server answers 0 with a
 * 400) to 2147483647.
 */
export function opportunityUrl(base: URL, id: unknown, format: WireFormat): URL {
  return requestUrl(base, BY_ID_ROUTE, format, OPPORTUNITY_ID, { 'opportunity id': id });
}

/**
 * The URL of `GET api/2.0/crm/opportunity/bycontact/{contactid}[.xml]` under the base URL. XML is
 * chosen by the suffix (the server ignores Accept). The result never leaves the base URL.
 */
export function byContactUrl(
  base: URL,
  contactId: unknown,
  format: WireFormat,
  options: ByContactOptions = {},
): URL {
  return requestUrl(
    base,
    BYCONTACT_ROUTE,
    format,
    { ...BYCONTACT_OPTIONS, ...CONTACT_ID },
    { ...options, contactId },
  );
}

/** The URL of `POST api/2.0/authentication` under the base URL. */
export function authenticationUrl(base: URL): URL {
  return requestUrl(base, AUTHENTICATION_ROUTE, 'json', {}, {});
}
