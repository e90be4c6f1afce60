import * as E from 'fp-ts/lib/Either.js';
import { type ApiFailure, type DecodeFailure, decodeWire } from '../failure.js';
import { Opportunity, OpportunityById } from '../model/opportunity.js';
import { array } from '../schema/array.js';
import type { AnyCodec, Codec, Field } from '../schema/codec.js';
import type { RunOptions } from '../schema/decoder.js';
import { fieldsOf } from '../schema/kinds.js';
import { integer, literal, text } from '../schema/leaf.js';
import { isPlainRecord } from '../schema/plain-record.js';
import { defaulted, fixed, optional, record, required, type WireRecord } from '../schema/record.js';

const isZero = (n: number): boolean => n === 0;
const pagingRule = 'when 0 or not paged';

/**
 * The success envelope of a list: `{"count":2,"status":0,"statusCode":200,"response":[…]}`.
 * Its domain value is an {@link OpportunityPage}.
 */
export const PageEnvelope: Codec<OpportunityPage, WireRecord> = record('Envelope', {
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

// BEGIN domain type OpportunityPage: written by scripts/domain-types.mjs from the schema; do not edit
/** One page of opportunities, with the server's paging figures when it sent them. */
export interface OpportunityPage {
  /**
   * Number of items in this page.
   *
   * On the wire: `count`, left out when 0 or not paged; absent in the domain value.
   */
  readonly count?: number;
  /**
   * Index of the first item of this page.
   *
   * On the wire: `startIndex`, left out when 0 or not paged; absent in the domain value.
   */
  readonly startIndex?: number;
  /**
   * Where the next page starts (start + count + 1).
   *
   * On the wire: `nextIndex`, left out unless the page is full; absent in the domain value.
   */
  readonly nextIndex?: number;
  /**
   * Length of the whole list.
   *
   * On the wire: `total`, left out unless the list is longer than the page; absent in the domain value.
   */
  readonly total?: number;
  /**
   * The opportunities.
   *
   * On the wire: `response`, always.
   */
  readonly items: ReadonlyArray<Opportunity>;
}
// END domain type OpportunityPage

const ErrorData = record('ErrorData', {});

/** The HRESULT .NET gives every exception the server reports (E_FAIL). */
export const ERROR_HRESULT = -2147467259;

/** The `error` object of a failed call. */
export const ApiErrorBody: Codec<ApiErrorBody, WireRecord> = record('ApiError', {
  message: required(text, 'What went wrong, e.g. "Not found".'),
  type: optional(text, 'outside debug builds', 'Exception type.'),
  stack: optional(text, 'outside debug builds', 'Stack trace.'),
  hresult: defaulted(integer, ERROR_HRESULT, 'never', 'HRESULT of the exception.'),
  data: defaulted(ErrorData, {}, 'never', 'Exception data (always `{}`).'),
});
// BEGIN domain type ApiErrorBody: written by scripts/domain-types.mjs from the schema; do not edit
/** The `error` object of a failed call, decoded by {@link ApiErrorBody}. */
export interface ApiErrorBody {
  /**
   * What went wrong, e.g. "Not found".
   *
   * On the wire: `message`, always.
   */
  readonly message: string;
  /**
   * Exception type.
   *
   * On the wire: `type`, left out outside debug builds; absent in the domain value.
   */
  readonly type?: string;
  /**
   * Stack trace.
   *
   * On the wire: `stack`, left out outside debug builds; absent in the domain value.
   */
  readonly stack?: string;
  /**
   * HRESULT of the exception.
   *
   * On the wire: `hresult`, always sent; when absent decodes to `-2147467259`.
   */
  readonly hresult: number;
  /**
   * Exception data (always `{}`).
   *
   * On the wire: `data`, always sent; when absent decodes to `{}`.
   */
  readonly data: Readonly<Record<string, never>>;
}
// END domain type ApiErrorBody

/** The envelope of a failed call: `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export const ErrorEnvelope: Codec<ApiErrorEnvelope, WireRecord> = record('ErrorEnvelope', {
  status: fixed(literal(1), 1, true, '1: error.'),
  statusCode: optional(integer, 'when 0', 'HTTP status of the error.'),
  error: required(ApiErrorBody, 'The error.'),
});

// BEGIN domain type ApiErrorEnvelope: written by scripts/domain-types.mjs from the schema; do not edit
/** An API error as the server reports it, decoded by {@link ErrorEnvelope}. */
export interface ApiErrorEnvelope {
  /**
   * HTTP status of the error.
   *
   * On the wire: `statusCode`, left out when 0; absent in the domain value.
   */
  readonly statusCode?: number;
  /**
   * The error.
   *
   * On the wire: `error`, always.
   */
  readonly error: ApiErrorBody;
}
// END domain type ApiErrorEnvelope

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
