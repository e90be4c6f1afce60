import { INT32_MAX } from '@oo-crm/core';

/**
 * Every error the client throws, as data: its class, its stable `code`, when it happens, what to
 * do, and the exit code of the `oo-crm` CLI for it (0 ok and 2 usage are the CLI's own). The
 * classes' codes (`errors.ts`), the CLI's exit codes and the table in docs/errors.md read it.
 */

/** One kind of failure. */
export interface ErrorEntry {
  /** The class thrown, an `OoCrmError`. */
  readonly className: string;
  /** When it happens (markdown). */
  readonly when: string;
  /** What the caller can do (markdown). */
  readonly todo: string;
  /** The `oo-crm` CLI's exit code: 2 a mistake of the caller's, 3 authentication, 4 the server or the transport, 5 the contract. */
  readonly exit: 2 | 3 | 4 | 5;
}

/** The catalogue, by code, in the order docs/errors.md lists it. */
export const ERROR_CATALOGUE = {
  INVALID_ARGUMENT: {
    className: 'InvalidArgumentError',
    when: `A contact id that is not 0–${INT32_MAX} in digits (\`1/../x\`, \`-1\`, \`1.5\`), a bad option or base URL, checked at run time for JavaScript callers too (\`tags: 'VIP'\`, a numeric \`text\`, \`signal: {}\`, CR or LF in \`userAgent\`, a date that is not on the calendar such as \`2024-02-30\`). Nothing was sent. Also a request that breaks a rule of the route table (docs/reference.md lists them per route), and an \`onEvent\` that threw (its exception is the \`cause\`).`,
    todo: 'Fix the call.',
    exit: 2,
  },
  AUTHENTICATION: {
    className: 'AuthenticationError',
    when: "401 (`reason: 'unauthorized'`); a failed login, which the server answers with HTTP 500 \"User authentication failed\" (`'login-failed'`); a login refused after too many failed attempts, HTTP 500 \"Login Fail. Too many attempts\" (`'too-many-attempts'`: wait a minute); a login that demands a second factor (`'two-factor'`).",
    todo: 'Check the token or the credentials; use an account without two-factor, or a token.',
    exit: 3,
  },
  PERMISSION: {
    className: 'PermissionError',
    when: '403: no access to the data or to the CRM module (a guest).',
    todo: 'Ask for CRM access.',
    exit: 3,
  },
  PAYMENT_REQUIRED: {
    className: 'PaymentRequiredError',
    when: '402: the portal is unpaid or not active ("PaymentRequired").',
    todo: "Renew the portal's subscription.",
    exit: 4,
  },
  NOT_FOUND: {
    className: 'NotFoundError',
    when: "404 with the server's envelope. (An unknown contact is not a 404: it is an empty list.)",
    todo: 'Check the base URL.',
    exit: 4,
  },
  RATE_LIMITED: {
    className: 'RateLimitError',
    when: '429 after the retries, or a `Retry-After` longer than 30 s (`retryAfterMs` says how long).',
    todo: 'Wait, then retry.',
    exit: 4,
  },
  SERVER: {
    className: 'ServerError',
    when: '5xx after the retries (503 while a portal is being moved).',
    todo: "Retry later; tell the portal's admin.",
    exit: 4,
  },
  API: {
    className: 'ApiError',
    when: "The error envelope (`status: 1`) where nothing more specific applies: 400, or even with HTTP 200. The server's message is in `message`.",
    todo: 'Read the message.',
    exit: 4,
  },
  NETWORK: {
    className: 'NetworkError',
    when: 'Connection refused or reset, DNS, a body cut short. Retried first.',
    todo: 'Check the network.',
    exit: 4,
  },
  TIMEOUT: {
    className: 'TimeoutError',
    when: 'An attempt took longer than `timeoutMs` (headers or body), or a 408. Retried first.',
    todo: 'Raise `timeoutMs`, or page with `count`.',
    exit: 4,
  },
  ABORTED: {
    className: 'AbortedError',
    when: 'Your `AbortSignal` fired. Never retried.',
    todo: '—',
    exit: 4,
  },
  UNEXPECTED_REDIRECT: {
    className: 'UnexpectedRedirectError',
    when: 'A 3xx. Redirects are not followed, so credentials never reach another origin.',
    todo: 'Use the address the portal redirects to, if you trust it.',
    exit: 4,
  },
  RESPONSE_TOO_LARGE: {
    className: 'ResponseTooLargeError',
    when: 'The body passed `maxResponseBytes` (counted on the bytes it inflates to).',
    todo: 'Page with `count`, or raise the limit.',
    exit: 4,
  },
  PAGING: {
    className: 'PagingError',
    when: "`allByContact` stopped: `reason` is `'max-pages'`, `'max-items'` or `'max-bytes'` (past `maxPages`, `maxItems` or `maxTotalBytes`), or `'no-progress'` (the server served the same page again, or a `nextIndex` that does not move on). The pages already yielded stand.",
    todo: 'Raise the budget, or page by hand.',
    exit: 4,
  },
  UNEXPECTED_CONTENT_TYPE: {
    className: 'UnexpectedContentTypeError',
    when: "An HTML page (a proxy's, a login page) or another format than the one asked for.",
    todo: 'Check the base URL and any proxy.',
    exit: 5,
  },
  DECODE: {
    className: 'DecodeError',
    when: 'The body does not match the contract: malformed JSON, malformed or hostile XML, a wrong type or value, a body too long to be one string (past 2^29 characters), or a login answer whose token no header can carry (a CR, LF or NUL: not retried, the token never shown). `issues` has one `{ kind, path, expected, message }` per problem (the first 100), `issueCount` how many there were in all.',
    todo: 'Save the body and run `oo-crm decode` on it.',
    exit: 5,
  },
} as const satisfies Readonly<Record<string, ErrorEntry>>;

/** Stable codes, one per error class, for programs to switch on. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;
