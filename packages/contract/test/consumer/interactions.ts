// What the consumer tests share: the caller's state and headers, the client, injected paths.
import { createClient } from '@oo-crm/client';
import { MatchersV3 } from '@pact-foundation/pact';
import { CREDENTIALS, STATES } from '../../src/states.js';

/** The state and the header of a request made with the caller's token. */
export const CALLER = [STATES.caller, { token: CREDENTIALS.token }] as const;
export const AS_CALLER = { Authorization: CREDENTIALS.token };

/** The client under test, against the mock server, with the caller's token. */
export const clientOf = (baseUrl: string, format: 'json' | 'xml' = 'json', fetch?: typeof globalThis.fetch) =>
  createClient({ baseUrl, auth: { token: CREDENTIALS.token }, format, ...(fetch ? { fetch } : {}) });

/** Pact's expression for a value the provider state gives: `${contactId}`. */
export const fromState = (name: string): string => `\${${name}}`;

/** A text with values the provider state gives, and the example the mock server uses. */
export const injected = (expression: string, example: string) =>
  MatchersV3.fromProviderState(expression, example);

/** The empty list, exactly as the server writes it in JSON; in XML it has no `<response>`. */
export const EMPTY_JSON = { status: 0, statusCode: 200, response: [] };
export const EMPTY_XML =
  '<?xml version="1.0" encoding="UTF-8"?><result><status>0</status><statusCode>200</statusCode></result>';
