import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { Failure } from '../failure.js';
import { writeJson } from '../json/text.js';
import { bool, dateTime, integer, literal, text } from '../schema/leaf.js';
import { fixed, optional, record, required } from '../schema/record.js';
import { type DecodeOptions, decodeBody } from './body.js';

/** What `POST api/2.0/authentication` answers: a token, or a demand for a second factor. */
export const Authentication = record('Authentication', {
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
/** A decoded {@link Authentication}. */
export interface Authentication extends t.TypeOf<typeof Authentication> {}

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
