import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type ApiFailure, type DecodeFailure, decodeWire } from '../failure.js';
import { Opportunity, OpportunityById } from '../model/opportunity.js';
import { array } from '../schema/array.js';
import type { AnyCodec, Field } from '../schema/codec.js';
import type { RunOptions } from '../schema/decoder.js';
import { fieldsOf } from '../schema/kinds.js';
import { integer, literal, text } from '../schema/leaf.js';
import { isPlainRecord } from '../schema/plain-record.js';
import { defaulted, fixed, optional, record, required } from '../schema/record.js';

const isZero = (n: number): boolean => n === 0;
const pagingRule = 'when 0 or not paged';

/**
 * The success envelope of a list: `{"count":2,"status":0,"statusCode":200,"response":[…]}`.
 * Its domain value is an {@link OpportunityPage}.
 */
export const PageEnvelope = record('Envelope', {
  count: optional(integer, pagingRule, 'Number of items in this page.', isZero),
  startIndex: optional(integer, pagingRule, 'Index of the first item of this page.', isZero),
  nextIndex: optional(
    integer,
    'unless the page is full',
    'Where the next page starts (start + count + 1).',
    isZero,
  ),
  total: optional(integer, 'unless the list is longer than the page', 'Length of the whole list.', isZero),
  status: fixed(literal(0), 0, true, '0: success.'),
  statusCode: fixed(integer, 200, false, 'HTTP status, 200.'),
  items: required(array(Opportunity), 'The opportunities.', 'response'),
});

/** One page of a contact's opportunities, with the server's paging figures when it sent them. */
export interface OpportunityPage extends t.TypeOf<typeof PageEnvelope> {}

const ErrorData = record('ErrorData', {});

/** The HRESULT .NET gives every exception the server reports (E_FAIL). */
export const ERROR_HRESULT = -2147467259;

/** The `error` object of a failed call. */
export const ApiErrorBody = record('ApiError', {
  message: required(text, 'What went wrong, e.g. "Not found".'),
  type: optional(text, 'outside debug builds', 'Exception type.'),
  stack: optional(text, 'outside debug builds', 'Stack trace.'),
  hresult: defaulted(integer, ERROR_HRESULT, 'never', 'HRESULT of the exception.'),
  data: defaulted(ErrorData, {}, 'never', 'Exception data (always `{}`).'),
});

/** The envelope of a failed call: `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export const ErrorEnvelope = record('ErrorEnvelope', {
  status: fixed(literal(1), 1, true, '1: error.'),
  statusCode: optional(integer, 'when 0', 'HTTP status of the error.'),
  error: required(ApiErrorBody, 'The error.'),
});

/** An API error as the server reports it. */
export interface ApiErrorEnvelope extends t.TypeOf<typeof ErrorEnvelope> {}

/**
 * One opportunity: `{"count":1,"status":0,"statusCode":200,"response":{…}}` (in XML one
 * `<response>` element). Its domain value is `{ item }`.
 */
export const ItemEnvelope = record('ItemEnvelope', {
  count: fixed(integer, 1, false, 'Always 1.'),
  status: fixed(literal(0), 0, true, '0: success.'),
  statusCode: fixed(integer, 200, false, 'HTTP status, 200.'),
  item: required(OpportunityById, 'The opportunity.', 'response'),
});

/** Every element `<result>` may hold for these envelopes, for the XML reader: each wire name once. */
function rootFields(...envelopes: ReadonlyArray<AnyCodec>): ReadonlyArray<Field> {
  const all = envelopes.flatMap(fieldsOf);
  return all.filter((f, i) => all.findIndex((g) => g.wire === f.wire) === i);
}

/** What `<result>` may hold in a list's answer: the page's fields and the error envelope's. */
export const envelopeFields = rootFields(PageEnvelope, ErrorEnvelope);
/** What `<result>` may hold in one opportunity's answer. */
export const itemEnvelopeFields = rootFields(ItemEnvelope, ErrorEnvelope);

/** Whether a parsed body is the error envelope (`status: 1`). */
export const isErrorEnvelope = (u: unknown): boolean =>
  isPlainRecord(u) && (u['status'] ?? u['Status']) === 1;

/** The status code of an error envelope that does not say (the server's "anything else"). */
const UNKNOWN_ERROR_STATUS = 500;

/** An error envelope as an api failure, or a decode failure when it is malformed. */
export function apiFailureOf(wire: unknown, options: RunOptions = {}): ApiFailure | DecodeFailure {
  const { maxIssues, secrets } = options;
  const error = decodeWire<ApiErrorEnvelope>(ErrorEnvelope, wire, { maxIssues, secrets });
  if (E.isLeft(error)) return error.left;
  const { statusCode, error: body } = error.right;
  return { kind: 'api', statusCode: statusCode ?? UNKNOWN_ERROR_STATUS, message: body.message };
}
