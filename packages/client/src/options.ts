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
  /** Most bytes of bodies an all-pages iteration reads, over all its pages, before it stops with a `PagingError`. Default 1 GiB. */
  readonly maxTotalBytes?: number;
  /** The `fetch` to use. Default the global one. */
  readonly fetch?: typeof fetch;
  /** Sent as `User-Agent` where the platform allows it. Default `oo-crm-client`. */
  readonly userAgent?: string;
  /** Allows `http:` to hosts other than loopback. Default false. */
  readonly allowInsecureHttp?: boolean;
  /**
   * Called for each request, response and retry, with the Authorization header redacted. An
   * exception it throws ends the call with an InvalidArgumentError (the first event comes before any I/O).
   */
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
  maxTotalBytes: 1024 * 1024 * 1024,
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
  readonly maxTotalBytes: number;
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

/** Whether a value can be sent as a header's value as it is (a token, a user agent). */
export const isHeaderSafe = (value: unknown): value is string =>
  typeof value === 'string' && HEADER_SAFE.test(value);

/** The options object of a call, `{}` when not given; anything else is a JavaScript caller's mistake. */
export function optionsObject<T extends object>(name: string, value: T | undefined): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${name} must be an object`);
  }
  return value;
}

/** A boolean option, or `undefined` when not given. */
export function booleanOption(name: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean')
    throw new InvalidArgumentError(`${name} must be true or false`);
  return value;
}

/**
 * A caller's `signal`: an AbortSignal or nothing. Anything else (`signal: {}`) would fail inside
 * the exchange, after its timer started.
 */
export function signalOf(value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const s = value as Partial<AbortSignal> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.aborted !== 'boolean' ||
    typeof s.addEventListener !== 'function' ||
    typeof s.removeEventListener !== 'function'
  ) {
    throw new InvalidArgumentError('signal must be an AbortSignal');
  }
  return value as AbortSignal;
}

/** Checks credentials before any I/O; the error never contains them. */
export function authOf(auth: Auth | undefined): Auth {
  if (auth && 'token' in auth && isHeaderSafe(auth.token)) return auth;
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
    maxTotalBytes: integerIn('maxTotalBytes', given.maxTotalBytes, fallback.maxTotalBytes, 1, 2 ** 50),
  };
}

export function resolveOptions(given: ClientOptions): ResolvedOptions {
  if (typeof given !== 'object' || given === null)
    throw new InvalidArgumentError('options must be an object');
  const options = given;
  if (typeof options.baseUrl !== 'string' && !((options.baseUrl as unknown) instanceof URL)) {
    throw new InvalidArgumentError('baseUrl must be a text');
  }
  const userAgent = options.userAgent ?? DEFAULTS.userAgent;
  if (!isHeaderSafe(userAgent)) {
    throw new InvalidArgumentError(
      'userAgent must be visible Latin-1 characters and inner spaces (no CR, LF or other control character)',
    );
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw new InvalidArgumentError('onEvent must be a function');
  }
  const format = options.format ?? DEFAULTS.format;
  if (format !== 'json' && format !== 'xml') throw new InvalidArgumentError("format must be 'json' or 'xml'");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new InvalidArgumentError('no fetch: pass options.fetch');
  return {
    base: baseUrlOf(
      String(options.baseUrl),
      booleanOption('allowInsecureHttp', options.allowInsecureHttp) ?? DEFAULTS.allowInsecureHttp,
    ),
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
    userAgent,
    onEvent: options.onEvent && listenerOf(options.onEvent),
  };
}

/**
 * The caller's `onEvent`, such that an exception in it ends the call as an InvalidArgumentError
 * (with the exception as its cause) rather than as a NetworkError to retry.
 */
function listenerOf(onEvent: (event: ClientEvent) => void): (event: ClientEvent) => void {
  return (event) => {
    try {
      onEvent(event);
    } catch (cause) {
      throw new InvalidArgumentError(`onEvent threw on a ${event.type} event`, { cause });
    }
  };
}
