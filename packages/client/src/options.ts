import type { WireFormat } from '@oo-crm/core';
import { InvalidArgumentError } from './errors.js';
import type { PagingBudget } from './paging.js';

/** How the client proves who it is. */
export type Auth =
  /** A token from `POST api/2.0/authentication`, sent as `Authorization: <token>`. */
  | { readonly token: string }
  /** A login: the client logs in on first use, keeps the token until it expires, and logs in again once after a 401. */
  | { readonly userName: string; readonly password: string };

/** What the client reports through `onEvent`; headers are redacted. */
export type ClientEvent =
  | {
      readonly type: 'request';
      readonly method: string;
      readonly url: string;
      readonly attempt: number;
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'response';
      readonly method: string;
      readonly url: string;
      readonly attempt: number;
      readonly status: number;
      readonly ms: number;
    }
  | {
      readonly type: 'retry';
      readonly method: string;
      readonly url: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    };

/** Options of {@link createClient}; see the README for every default. */
export interface ClientOptions {
  /** The portal, e.g. `https://example.onlyoffice.com` or `https://host/portal/`. */
  readonly baseUrl: string;
  readonly auth: Auth;
  /** `json` (default) or `xml` (the `.xml` suffix). */
  readonly format?: WireFormat;
  /** Per attempt, headers and body included. Default 30,000 ms. */
  readonly timeoutMs?: number;
  /** Retries of a failed GET (network, timeout, 408, 429, 5xx). Default 2. */
  readonly retries?: number;
  /** Largest body read, counted after decompression. Default 64 MiB. */
  readonly maxResponseBytes?: number;
  /** Most pages an all-pages iteration fetches before it stops with a `PagingError`. Default 1,000. */
  readonly maxPages?: number;
  /** Most items an all-pages iteration yields before it stops with a `PagingError`. Default 100,000. */
  readonly maxItems?: number;
  /** The `fetch` to use. Default the global one. */
  readonly fetch?: typeof fetch;
  /** Sent as `User-Agent` where the platform allows it. Default `oo-crm-client`. */
  readonly userAgent?: string;
  /** Allows `http:` to hosts other than loopback. Default false. */
  readonly allowInsecureHttp?: boolean;
  /** Called for each request, response and retry, with the Authorization header redacted. */
  readonly onEvent?: (event: ClientEvent) => void;
}

/** The defaults, as the README table lists them. */
export const DEFAULTS = {
  format: 'json',
  timeoutMs: 30_000,
  retries: 2,
  maxResponseBytes: 64 * 1024 * 1024,
  maxPages: 1_000,
  maxItems: 100_000,
  userAgent: 'oo-crm-client',
  allowInsecureHttp: false,
} as const;

export interface ResolvedOptions {
  readonly base: URL;
  readonly auth: Auth;
  readonly format: WireFormat;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxResponseBytes: number;
  readonly maxPages: number;
  readonly maxItems: number;
  readonly fetch: typeof fetch;
  readonly userAgent: string;
  readonly onEvent: ((event: ClientEvent) => void) | undefined;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** A whole number option in `[min, max]`, or `fallback` when not given; an InvalidArgumentError otherwise. */
export function integerIn(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function baseUrlOf(raw: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidArgumentError('baseUrl is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InvalidArgumentError('baseUrl must be http: or https:');
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK.test(url.hostname)) {
    throw new InvalidArgumentError(
      'baseUrl uses http: to a host other than loopback; use https: or set allowInsecureHttp',
    );
  }
  if (url.username || url.password)
    throw new InvalidArgumentError('baseUrl must not carry credentials; use auth');
  if (url.search || url.hash) throw new InvalidArgumentError('baseUrl must not carry a query or a fragment');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

// A header value may hold visible Latin-1 and inner spaces; a control character (NUL, CR, LF…) or
// anything beyond U+00FF could split the header or fail inside fetch with the value in the error.
const HEADER_SAFE = /^[\x21-\x7e\x80-\xff](?:[\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Checks credentials before any I/O; the error never contains them. */
export function authOf(auth: Auth | undefined): Auth {
  if (auth && 'token' in auth && typeof auth.token === 'string' && HEADER_SAFE.test(auth.token)) return auth;
  if (
    auth &&
    'userName' in auth &&
    typeof auth.userName === 'string' &&
    auth.userName !== '' &&
    typeof auth.password === 'string' &&
    !CONTROL.test(auth.userName) &&
    !CONTROL.test(auth.password)
  ) {
    return auth;
  }
  throw new InvalidArgumentError(
    'auth must be { token } (visible Latin-1 characters, no control character, not empty) or { userName, password } (no control character)',
  );
}

/** The paging budget `given` asks for, each bound checked, `fallback` where it says nothing. */
export function pagingBudgetOf(given: Partial<PagingBudget>, fallback: PagingBudget): PagingBudget {
  return {
    maxPages: integerIn('maxPages', given.maxPages, fallback.maxPages, 1, 1_000_000),
    maxItems: integerIn('maxItems', given.maxItems, fallback.maxItems, 1, 100_000_000),
  };
}

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const format = options.format ?? DEFAULTS.format;
  if (format !== 'json' && format !== 'xml') throw new InvalidArgumentError("format must be 'json' or 'xml'");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new InvalidArgumentError('no fetch: pass options.fetch');
  return {
    base: baseUrlOf(options.baseUrl, options.allowInsecureHttp ?? DEFAULTS.allowInsecureHttp),
    auth: authOf(options.auth),
    format,
    timeoutMs: integerIn('timeoutMs', options.timeoutMs, DEFAULTS.timeoutMs, 1, 3_600_000),
    retries: integerIn('retries', options.retries, DEFAULTS.retries, 0, 10),
    maxResponseBytes: integerIn(
      'maxResponseBytes',
      options.maxResponseBytes,
      DEFAULTS.maxResponseBytes,
      1,
      2 ** 31,
    ),
    ...pagingBudgetOf(options, DEFAULTS),
    fetch: fetchImpl,
    userAgent: options.userAgent ?? DEFAULTS.userAgent,
    onEvent: options.onEvent,
  };
}
