import * as E from 'fp-ts/lib/Either.js';
import { decodeWire, type Failure } from './failure.js';
import { MAX_COLLECTED_ISSUES } from './report/collector.js';
import type { RunOptions } from './schema/decoder.js';
import { type DecodeOptions, neverThrows, readWire, type WireFormat, writeWire } from './wire/body.js';
import {
  apiFailureOf,
  envelopeFields,
  isErrorEnvelope,
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
  return envelopeOf(wire, { maxIssues });
}

function envelopeOf(wire: unknown, options: RunOptions): E.Either<Failure, OpportunityPage> {
  if (isErrorEnvelope(wire)) return E.left(apiFailureOf(wire, options.maxIssues));
  return decodeWire<OpportunityPage>(PageEnvelope, wire, options);
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
  return neverThrows(() => {
    const wire = readWire(body, format, envelopeFields, options);
    // The wire value was parsed here, for this decode only: the decoder may let go of it.
    return E.isLeft(wire) ? wire : envelopeOf(wire.right, { maxIssues: options.maxIssues, ownsInput: true });
  });
}

/** Writes a page as the server would: its JSON text, or its XML text. */
export function encodeOpportunities(page: OpportunityPage, format: WireFormat): string {
  const wire = PageEnvelope.encode(page);
  return writeWire(wire, format);
}
