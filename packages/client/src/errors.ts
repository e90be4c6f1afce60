import type { Issue } from '@oo-crm/core';
import type { ErrorCode } from './error-catalogue.js';

/** What an error tells of the request that failed: never a header value, never a body. */
export interface RequestSummary {
  readonly method: string;
  /** The URL with secret query values redacted. */
  readonly url: string;
}

export type { ErrorCode } from './error-catalogue.js';

/** Details every error may carry. */
export interface ErrorDetails {
  readonly cause?: unknown;
  readonly status?: number;
  readonly attempts?: number;
  readonly request?: RequestSummary;
}

/**
 * The root of the client's errors. Nothing in it holds a credential: messages are written from
 * status codes and server messages, requests are summarised without headers, and `toJSON` shows
 * the same safe fields.
 */
export abstract class OoCrmError extends Error {
  abstract readonly code: ErrorCode;
  /** HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** How many attempts were made (1 when there was no retry). */
  readonly attempts: number;
  readonly request: RequestSummary | undefined;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status;
    this.attempts = details.attempts ?? 1;
    this.request = details.request;
  }

  /** The safe fields, for `JSON.stringify` and loggers. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      attempts: this.attempts,
      request: this.request,
    };
  }
}

/** A bad argument, found before any I/O (contact id, options, base URL). Exit code 2 in the CLI. */
export class InvalidArgumentError extends OoCrmError {
  readonly code = 'INVALID_ARGUMENT';
}

/** Why authentication failed. */
export type AuthenticationReason = 'unauthorized' | 'login-failed' | 'too-many-attempts' | 'two-factor';

/**
 * 401, a failed login (the server's HTTP 500 "User authentication failed"), a login refused after
 * too many failed attempts (HTTP 500 "Login Fail. Too many attempts"), or a second factor demanded.
 */
export class AuthenticationError extends OoCrmError {
  readonly code = 'AUTHENTICATION';
  constructor(
    message: string,
    readonly reason: AuthenticationReason,
    details?: ErrorDetails,
  ) {
    super(message, details);
  }
}

/** 403: no access to this data or to the CRM module. */
export class PermissionError extends OoCrmError {
  readonly code = 'PERMISSION';
}

/** 402: the portal is unpaid or not active ("PaymentRequired"); nothing is served until it is. */
export class PaymentRequiredError extends OoCrmError {
  readonly code = 'PAYMENT_REQUIRED';
}

/** 404 with the server's envelope (the bycontact route itself answers an unknown contact with an empty list). */
export class NotFoundError extends OoCrmError {
  readonly code = 'NOT_FOUND';
}

/** An answer that may say how long to wait before asking again (`Retry-After`). */
export abstract class RetryAfterError extends OoCrmError {
  constructor(
    message: string,
    /** What the server asked to wait, when it said. */
    readonly retryAfterMs: number | undefined,
    details?: ErrorDetails,
  ) {
    super(message, details);
  }
}

/** 429 after the retries, or with a `Retry-After` beyond the cap. */
export class RateLimitError extends RetryAfterError {
  readonly code = 'RATE_LIMITED';
}

/** 5xx after the retries (a 503 may say when to come back). */
export class ServerError extends RetryAfterError {
  readonly code = 'SERVER';
}

/** The server's error envelope (`status: 1`) where no more specific class applies (400, or with HTTP 200). */
export class ApiError extends OoCrmError {
  readonly code = 'API';
}

/** The connection failed or broke (refused, reset, DNS, a body cut short). */
export class NetworkError extends OoCrmError {
  readonly code = 'NETWORK';
}

/** An attempt took longer than `timeoutMs`, headers and body included. */
export class TimeoutError extends OoCrmError {
  readonly code = 'TIMEOUT';
}

/** The caller's `AbortSignal` fired. */
export class AbortedError extends OoCrmError {
  readonly code = 'ABORTED';
}

/** A 3xx: redirects are not followed, so credentials never reach another origin. */
export class UnexpectedRedirectError extends OoCrmError {
  readonly code = 'UNEXPECTED_REDIRECT';
}

/** The body grew past `maxResponseBytes` (counted on the bytes it inflates to, whatever Content-Length said). */
export class ResponseTooLargeError extends OoCrmError {
  readonly code = 'RESPONSE_TOO_LARGE';
}

/** The answer's content type is not the format asked for (an HTML page, JSON for XML…). */
export class UnexpectedContentTypeError extends OoCrmError {
  readonly code = 'UNEXPECTED_CONTENT_TYPE';
}

/** The body does not match the contract; `issues` says where (the first 100), `issueCount` how many in all. */
export class DecodeError extends OoCrmError {
  readonly code = 'DECODE';
  /** How many problems the decoder found; `issues` keeps the first of them. */
  readonly issueCount: number;
  constructor(
    message: string,
    readonly issues: ReadonlyArray<Issue>,
    details: ErrorDetails & { readonly issueCount?: number } = {},
  ) {
    super(message, details);
    this.issueCount = details.issueCount ?? issues.length;
  }

  /** The safe fields and the issues. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues, issueCount: this.issueCount };
  }
}

/** Why an all-pages iteration stopped before the end. */
export type PagingReason = 'max-pages' | 'max-items' | 'max-bytes' | 'no-progress';

/**
 * An all-pages iteration stopped: it reached `maxPages`, `maxItems` or `maxTotalBytes`, or the server's paging did
 * not advance (the same page again, or a `nextIndex` that does not move on). The pages already
 * yielded stand; nothing more is fetched.
 */
export class PagingError extends OoCrmError {
  readonly code = 'PAGING';
  constructor(
    message: string,
    readonly reason: PagingReason,
    details?: ErrorDetails,
  ) {
    super(message, details);
  }
}

/** Records on an error how many attempts the retry loop made before giving up. */
export function recordAttempts<E extends OoCrmError>(error: E, attempts: number): E {
  (error as { attempts: number }).attempts = attempts;
  return error;
}
