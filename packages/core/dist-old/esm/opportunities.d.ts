import * as E from 'fp-ts/lib/Either.js';
import { type Failure } from './failure.js';
import { type DecodeOptions, type WireFormat } from './wire/body.js';
import { type OpportunityPage } from './wire/envelope.js';
/**
 * Decodes a parsed envelope (from `JSON.parse` or the XML reader), keeping at most `maxIssues`
 * issues when it does not match.
 */
export declare function decodeEnvelope(wire: unknown, maxIssues?: number): E.Either<Failure, OpportunityPage>;
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
export declare function decodeOpportunities(
  body: string,
  format: WireFormat,
  options?: DecodeOptions,
): E.Either<Failure, OpportunityPage>;
/** Writes a page as the server would: its JSON text, or its XML text. */
export declare function encodeOpportunities(page: OpportunityPage, format: WireFormat): string;
//# sourceMappingURL=opportunities.d.ts.map
