import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { Failure } from '../failure.js';
import { writeJson } from '../json/text.js';
import type { ApiDateTime } from '../leaf/api-date-time.js';
import type { Codec } from '../schema/codec.js';
import { bool, dateTime, integer, literal, text } from '../schema/leaf.js';
import { fixed, optional, record, required, type WireRecord } from '../schema/record.js';
import { type DecodeOptions, decodeBody } from './body.js';

/** What `POST api/2.0/authentication` answers: a token, or a demand for a second factor. */
export const Authentication: Codec<Authentication, WireRecord> = record('Authentication', {
  token: optional(text, 'when a second factor is needed', 'The token for `Authorization`.', (s) => s === ''),
  expires: optional(
    dateTime,
    'when a second factor is needed',
    'When the token expires (one year by default).',
  ),
  sms: optional(bool, 'unless SMS two-factor is on', 'A code was sent by SMS.', (b) => !b),
  phoneNoise: optional(text, 'unless a code was sent by SMS', 'The phone number the code went to, masked.'),
  tfa: optional(
    bool,
    'unless app two-factor is on',
    'A code from an authenticator app is needed.',
    (b) => !b,
  ),
  tfaKey: optional(
    text,
    'unless the app is still to be set up',
    'The key to set up an authenticator app with.',
  ),
});
// BEGIN domain type Authentication: written by scripts/domain-types.mjs from the schema; do not edit
/** What a login answers, decoded by {@link Authentication}: a token, or a demand for a second factor. */
export interface Authentication {
  /**
   * The token for `Authorization`.
   *
   * On the wire: `token`, left out when a second factor is needed; absent in the domain value.
   */
  readonly token?: string;
  /**
   * When the token expires (one year by default).
   *
   * On the wire: `expires`, left out when a second factor is needed; absent in the domain value.
   */
  readonly expires?: ApiDateTime;
  /**
   * A code was sent by SMS.
   *
   * On the wire: `sms`, left out unless SMS two-factor is on; absent in the domain value.
   */
  readonly sms?: boolean;
  /**
   * The phone number the code went to, masked.
   *
   * On the wire: `phoneNoise`, left out unless a code was sent by SMS; absent in the domain value.
   */
  readonly phoneNoise?: string;
  /**
   * A code from an authenticator app is needed.
   *
   * On the wire: `tfa`, left out unless app two-factor is on; absent in the domain value.
   */
  readonly tfa?: boolean;
  /**
   * The key to set up an authenticator app with.
   *
   * On the wire: `tfaKey`, left out unless the app is still to be set up; absent in the domain value.
   */
  readonly tfaKey?: string;
}
// END domain type Authentication

/** The envelope of a login: `{"count":1,"status":0,"statusCode":201,"response":{"token":…,"expires":…}}`. */
export const AuthenticationEnvelope = record('AuthenticationEnvelope', {
  count: fixed(integer, 1, false, 'Always 1.'),
  status: fixed(literal(0), 0, true, '0: success.'),
  statusCode: fixed(integer, 201, false, 'HTTP status, 201.'),
  response: required(Authentication, 'The token, or the second-factor demand.'),
});

/** Decodes the JSON answer of `POST api/2.0/authentication`. */
export function decodeAuthentication(
  body: string,
  options: DecodeOptions = {},
): E.Either<Failure, Authentication> {
  const decoded = decodeBody<t.TypeOf<typeof AuthenticationEnvelope>>(
    body,
    'json',
    [],
    AuthenticationEnvelope,
    options,
  );
  return E.isRight(decoded) ? E.right(decoded.right.response) : decoded;
}

/** Writes the JSON answer of a login, as the server does. */
export function encodeAuthentication(authentication: Authentication): string {
  return writeJson(AuthenticationEnvelope.encode({ response: authentication }));
}
