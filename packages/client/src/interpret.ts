import {
  type Authentication,
  type DecodeOptions,
  decodeApiError,
  decodeAuthentication,
  decodeOpportunities,
  decodeOpportunity,
  decodeUtf8,
  type Failure,
  type WireFormat,
} from '@oo-crm/core';
import type * as E from 'fp-ts/lib/Either.js';
import {
  ApiError,
  AuthenticationError,
  DecodeError,
  type ErrorDetails,
  NotFoundError,
  type OoCrmError,
  PaymentRequiredError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedContentTypeError,
} from './errors.js';
import { isHeaderSafe } from './options.js';
import { retryAfterMs } from './retry-after.js';
import { serverText } from './server-text.js';
import type { Answer } from './transport.js';

const CONTENT_TYPES: Readonly<Record<WireFormat, RegExp>> = {
  json: /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i,
  xml: /^(?:text|application)\/xml\s*(?:;|$)/i,
};

function text(answer: Answer): string | DecodeError {
  const decoded = decodeUtf8(answer.bytes);
  if (decoded._tag === 'Right') return decoded.right;
  // Not UTF-8, or too long for one string (past 2^29 characters): the issue says which.
  const why = decoded.left.issues[0]?.message ?? 'not valid UTF-8';
  return new DecodeError(why.startsWith('the body') ? why : `the body is ${why}`, decoded.left.issues, {
    status: answer.status,
    request: answer.request,
  });
}

/**
 * The server's own message, when the body is its error envelope (JSON or XML, by its content
 * type), as it came: callers make it fit an error with {@link serverText}.
 */
function envelopeMessage(answer: Answer): string | undefined {
  const formatOfBody = CONTENT_TYPES.xml.test(answer.contentType)
    ? 'xml'
    : CONTENT_TYPES.json.test(answer.contentType)
      ? 'json'
      : undefined;
  if (formatOfBody === undefined) return undefined;
  const body = text(answer);
  if (typeof body !== 'string') return undefined;
  const decoded = decodeApiError(body, formatOfBody);
  return decoded._tag === 'Right' ? decoded.right.message : undefined;
}

/**
 * The error for an answer that is not a success, by its HTTP status. `secrets` are the caller's
 * credentials, scrubbed from anything the server said; `message` is the envelope's, when the
 * caller has read it already.
 */
export function statusError(
  answer: Answer,
  secrets: ReadonlyArray<string>,
  message = envelopeMessage(answer),
): OoCrmError {
  const { status, request } = answer;
  const details: ErrorDetails = { status, request };
  const said = message === undefined ? undefined : serverText(message, secrets);
  const why = (fallback: string) => `${request.method} ${request.url}: ${status} ${said ?? fallback}`;
  if (status === 401) return new AuthenticationError(why('Unauthorized'), 'unauthorized', details);
  if (status === 402) return new PaymentRequiredError(why('PaymentRequired'), details);
  if (status === 403) return new PermissionError(why('Forbidden'), details);
  if (status === 404) return new NotFoundError(why('Not found'), details);
  if (status === 408) return new TimeoutError(why('Request timeout'), details);
  const wait = retryAfterMs(answer.headers.get('retry-after'));
  if (status === 429) return new RateLimitError(why('Too many requests'), wait, details);
  if (status >= 500) return new ServerError(why('Server error'), wait, details);
  return new ApiError(why('Request refused'), details);
}

function failureError(failure: Failure, answer: Answer, secrets: ReadonlyArray<string>): OoCrmError {
  const details: ErrorDetails = { status: answer.status, request: answer.request };
  if (failure.kind === 'decode') {
    return new DecodeError(failure.message, failure.issues, { ...details, issueCount: failure.issueCount });
  }
  const message = `${answer.request.method} ${answer.request.url}: the server reported an error (${failure.statusCode}): ${serverText(failure.message, secrets)}`;
  return new ApiError(message, { ...details, status: failure.statusCode });
}

/** Reads an answer with `decode`: its value, or the error that says why not. */
function interpretAnswer<A>(
  answer: Answer,
  format: WireFormat,
  secrets: ReadonlyArray<string>,
  decode: (body: string, format: WireFormat, options: DecodeOptions) => E.Either<Failure, A>,
): A | OoCrmError {
  if (answer.status < 200 || answer.status > 299) return statusError(answer, secrets);
  if (!CONTENT_TYPES[format].test(answer.contentType)) {
    return new UnexpectedContentTypeError(
      `${answer.request.method} ${answer.request.url}: expected ${format === 'json' ? 'application/json' : 'text/xml'}, got ${serverText(answer.contentType, secrets, 60) || 'no content type'}`,
      { status: answer.status, request: answer.request },
    );
  }
  const body = text(answer);
  if (typeof body !== 'string') return body;
  // The secrets go to the decoder too: a server may echo them into a field of the wrong type.
  const decoded = decode(body, format, { secrets });
  return decoded._tag === 'Right' ? decoded.right : failureError(decoded.left, answer, secrets);
}

/** Reads a bycontact answer: a page, or the error that says why not. */
export const interpretPage = (answer: Answer, format: WireFormat, secrets: ReadonlyArray<string>) =>
  interpretAnswer(answer, format, secrets, decodeOpportunities);

/** Reads an `opportunity/{id}` answer: one opportunity, or the error (a 404 is a NotFoundError). */
export const interpretItem = (answer: Answer, format: WireFormat, secrets: ReadonlyArray<string>) =>
  interpretAnswer(answer, format, secrets, decodeOpportunity);

/** Reads a login answer: the token, or the error (a failed login is the server's HTTP 500). */
export function interpretLogin(answer: Answer, secrets: ReadonlyArray<string>): Authentication | OoCrmError {
  const details: ErrorDetails = { status: answer.status, request: answer.request };
  if (answer.status < 200 || answer.status > 299) {
    // The envelope is read once: it names the two login failures the server answers with 500.
    const said = envelopeMessage(answer);
    if (answer.status === 500 && said === 'User authentication failed') {
      return new AuthenticationError(
        'login failed: user name or password not accepted',
        'login-failed',
        details,
      );
    }
    if (answer.status === 500 && said === 'Login Fail. Too many attempts') {
      return new AuthenticationError(
        'login refused: too many failed attempts for this user; wait a minute before trying again',
        'too-many-attempts',
        details,
      );
    }
    return statusError(answer, secrets, said);
  }
  const body = text(answer);
  if (typeof body !== 'string') return body;
  const decoded = decodeAuthentication(body, { secrets });
  if (decoded._tag === 'Left') return failureError(decoded.left, answer, secrets);
  const auth = decoded.right;
  if (!auth.token) {
    const factor = auth.sms ? 'an SMS code' : 'an authenticator code';
    return new AuthenticationError(
      `login needs a second factor (${factor}), which this client does not handle`,
      'two-factor',
      details,
    );
  }
  // The token goes into every request's Authorization header: checked as a given one is, since
  // a CR, LF or NUL in it would fail inside fetch with the token in the error's cause.
  if (!isHeaderSafe(auth.token)) {
    return new DecodeError(
      'the login answered a token that cannot be sent as a header (a control character, a character beyond U+00FF, or surrounding spaces)',
      [
        {
          kind: 'format',
          path: ['response', 'token'],
          expected: TOKEN_EXPECTED,
          message: `expected ${TOKEN_EXPECTED}, got [redacted]`,
        },
      ],
      details,
    );
  }
  return auth;
}

const TOKEN_EXPECTED = 'visible Latin-1 characters and inner spaces';
