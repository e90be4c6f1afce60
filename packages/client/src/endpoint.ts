import type { WireFormat } from '@oo-crm/core';
import { InvalidArgumentError } from './errors.js';
import { textOption } from './options.js';

/** The server's largest page. */
export const MAX_PAGE_SIZE = 1000;
export const INT32_MAX = 2_147_483_647;

/**
 * How the server compares a filter's value with a property's text: `equals` (its default),
 * `contains`, `startsWith` and `endsWith` ignore case; `present` is a case-sensitive substring test.
 */
export type FilterOp = 'equals' | 'contains' | 'startsWith' | 'endsWith' | 'present';

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

const FILTER_OPS: ReadonlyArray<FilterOp> = ['equals', 'contains', 'startsWith', 'endsWith', 'present'];

/** An id as a route takes it: digits only, `min` … 2147483647 (the server's Int32). */
export function idOf(name: string, value: unknown, min: number): string {
  const text =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value
        : '';
  if (!/^\d{1,10}$/.test(text) || Number(text) > INT32_MAX || Number(text) < min) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to 2147483647 (digits only)`);
  }
  return String(Number(text));
}

/** A contact id as the route takes it: digits only, 0 … 2147483647. */
export const contactIdOf = (value: unknown): string => idOf('contactId', value, 0);

/**
 * The URL of `GET api/2.0/crm/opportunity/{id}[.xml]`: an id from 1 (the server answers 0 with a
 * 400) to 2147483647.
 */
export function opportunityUrl(base: URL, id: unknown, format: WireFormat): URL {
  const digits = idOf('opportunity id', id, 1);
  return within(base, new URL(`api/2.0/crm/opportunity/${digits}${format === 'xml' ? '.xml' : ''}`, base));
}

/** An optional integer option within bounds, as query text. */
export function intIn(name: string, value: number | undefined, min: number, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
  }
  return String(value);
}

/** Refuses what the server would silently misread, before any I/O. */
function checkOptions(options: ByContactOptions): void {
  if ((options as { updatedSince?: unknown }).updatedSince !== undefined) {
    throw new InvalidArgumentError(
      'updatedSince is not supported: the real server never filters by it (it is ignored, or empties the list); filter the decoded items instead',
    );
  }
  if (
    options.sortOrder !== undefined &&
    options.sortOrder !== 'ascending' &&
    options.sortOrder !== 'descending'
  ) {
    throw new InvalidArgumentError("sortOrder must be 'ascending' or 'descending'");
  }
  if (options.sortOrder !== undefined && options.sortBy === undefined) {
    throw new InvalidArgumentError('sortOrder needs sortBy: the server ignores it alone');
  }
  if (options.filterOp !== undefined && !FILTER_OPS.includes(options.filterOp)) {
    throw new InvalidArgumentError(`filterOp must be one of ${FILTER_OPS.join(', ')}`);
  }
  if (
    (options.filterOp !== undefined || options.filterValue !== undefined) &&
    options.filterBy === undefined
  ) {
    throw new InvalidArgumentError('filterOp and filterValue need filterBy');
  }
}

function queryOf(options: ByContactOptions): [string, string][] {
  checkOptions(options);
  const entries: [string, string | undefined][] = [
    ['count', intIn('count', options.count, 0, MAX_PAGE_SIZE)],
    ['startIndex', intIn('startIndex', options.startIndex, 0, INT32_MAX)],
    ['sortBy', textOption('sortBy', options.sortBy)],
    ['sortOrder', options.sortOrder],
    ['filterBy', textOption('filterBy', options.filterBy)],
    ['filterOp', options.filterOp],
    ['filterValue', textOption('filterValue', options.filterValue)],
  ];
  return entries.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
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
  const id = contactIdOf(contactId);
  const url = new URL(`api/2.0/crm/opportunity/bycontact/${id}${format === 'xml' ? '.xml' : ''}`, base);
  for (const [k, v] of queryOf(options)) url.searchParams.set(k, v);
  return within(base, url);
}

/** The URL of `POST api/2.0/authentication` under the base URL. */
export function authenticationUrl(base: URL): URL {
  return within(base, new URL('api/2.0/authentication', base));
}

/** The URL, refused when it would leave the base URL (a base path included). */
export function within(base: URL, url: URL): URL {
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    throw new InvalidArgumentError('the request would leave the base URL');
  }
  return url;
}
