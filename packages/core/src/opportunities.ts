import * as E from 'fp-ts/lib/Either.js';
import type { Failure } from './failure.js';
import type { Opportunity } from './model/opportunity.js';
import { MAX_COLLECTED_ISSUES } from './report/collector.js';
import { type DecodeOptions, decodeBody, envelopeOf, type WireFormat, writeWire } from './wire/body.js';
import {
  envelopeFields,
  ItemEnvelope,
  itemEnvelopeFields,
  type OpportunityPage,
  PageEnvelope,
} from './wire/envelope.js';

/**
 * Decodes a parsed envelope (from `JSON.parse` or the XML reader), keeping at most `maxIssues`
 * issues when it does not match.
 */
export function decodeEnvelope(
  wire: unknown,
  maxIssues = MAX_COLLECTED_ISSUES,
): E.Either<Failure, OpportunityPage> {
  return envelopeOf(wire, PageEnvelope, { maxIssues });
}

/**
 * Decodes the body of `GET api/2.0/crm/opportunity/bycontact/{contactid}` in either form. It never
 * throws: whatever the body, a bad one is a Left.
 *
 * @example
 * import { decodeOpportunities } from '@oo-crm/core';
 * const body = '{"status":0,"statusCode":200,"response":[]}';
 * const page = decodeOpportunities(body, 'json');
 * // page: Right({ items: [] })
 */
export function decodeOpportunities(
  body: string,
  format: WireFormat,
  options: DecodeOptions = {},
): E.Either<Failure, OpportunityPage> {
  return decodeBody(body, format, envelopeFields, PageEnvelope, options);
}

/** Writes a page as the server would: its JSON text, or its XML text. */
export function encodeOpportunities(page: OpportunityPage, format: WireFormat): string {
  return writeWire(PageEnvelope.encode(page), format);
}

/**
 * Decodes the body of `GET api/2.0/crm/opportunity/{id}` in either form: one opportunity, or the
 * failure, rendered as {@link decodeOpportunities} renders it. It never throws.
 *
 * @example
 * import { decodeOpportunity } from '@oo-crm/core';
 * const body = '{"status":1,"statusCode":404,"error":{"message":"Not found"}}';
 * const result = decodeOpportunity(body, 'json');
 * // result: Left({ kind: 'api', statusCode: 404, message: 'Not found' })
 */
export function decodeOpportunity(
  body: string,
  format: WireFormat,
  options: DecodeOptions = {},
): E.Either<Failure, Opportunity> {
  const decoded = decodeBody<{ item: Opportunity }>(body, format, itemEnvelopeFields, ItemEnvelope, options);
  return E.isRight(decoded) ? E.right(decoded.right.item) : decoded;
}

/** Writes one opportunity as the server answers `GET api/2.0/crm/opportunity/{id}`. */
export function encodeOpportunity(item: Opportunity, format: WireFormat): string {
  return writeWire(ItemEnvelope.encode({ item }), format);
}
