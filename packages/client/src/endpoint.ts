import { ApiDateTime, type WireFormat } from '@oo-crm/core';
import { InvalidArgumentError } from './errors.js';

/** The server's largest page. */
export const MAX_PAGE_SIZE = 1000;
const INT32_MAX = 2_147_483_647;

/** Options of one `byContact` call: the server's generic list parameters, and cancellation. */
export interface ByContactOptions {
  /** Page size, 1–1000. */
  readonly count?: number;
  /** Index of the first item. */
  readonly startIndex?: number;
  /** A field to sort by, e.g. `title` or `bidValue`. */
  readonly sortBy?: string;
  readonly sortOrder?: 'ascending' | 'descending';
  /** A field to filter on, with `filterOp` (`contains` by default) and `filterValue`. */
  readonly filterBy?: string;
  readonly filterOp?: 'contains' | 'equals' | 'startsWith' | 'present';
  readonly filterValue?: string;
  /** Only items changed since then. */
  readonly updatedSince?: Date | ApiDateTime;
  /** Cancels the call at any stage, a backoff sleep included. */
  readonly signal?: AbortSignal;
}

/** A contact id as the route takes it: digits only, 0 … 2147483647. */
export function contactIdOf(value: unknown): string {
  const text =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value
        : '';
  if (!/^\d{1,10}$/.test(text) || Number(text) > INT32_MAX) {
    throw new InvalidArgumentError('contactId must be an integer from 0 to 2147483647 (digits only)');
  }
  return String(Number(text));
}

function intIn(name: string, value: number | undefined, min: number, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
  }
  return String(value);
}

function queryOf(options: ByContactOptions): [string, string][] {
  const entries: [string, string | undefined][] = [
    ['count', intIn('count', options.count, 1, MAX_PAGE_SIZE)],
    ['startIndex', intIn('startIndex', options.startIndex, 0, INT32_MAX)],
    ['sortBy', options.sortBy],
    ['sortOrder', options.sortOrder],
    ['filterBy', options.filterBy],
    ['filterOp', options.filterBy === undefined ? undefined : options.filterOp],
    ['filterValue', options.filterBy === undefined ? undefined : options.filterValue],
    [
      'updatedSince',
      options.updatedSince instanceof ApiDateTime
        ? options.updatedSince.text
        : options.updatedSince instanceof Date
          ? ApiDateTime.fromDate(options.updatedSince).text
          : undefined,
    ],
  ];
  if (
    options.sortOrder !== undefined &&
    options.sortOrder !== 'ascending' &&
    options.sortOrder !== 'descending'
  ) {
    throw new InvalidArgumentError("sortOrder must be 'ascending' or 'descending'");
  }
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

function within(base: URL, url: URL): URL {
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    throw new InvalidArgumentError('the request would leave the base URL');
  }
  return url;
}
