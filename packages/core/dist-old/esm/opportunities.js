import * as E from 'fp-ts/lib/Either.js';
import { decodeWire } from './failure.js';
import { writeJson } from './json/text.js';
import { MAX_COLLECTED_ISSUES } from './report/collector.js';
import { neverThrows, readWire, XML_ROOT } from './wire/body.js';
import { apiFailureOf, envelopeFields, isErrorEnvelope, PageEnvelope } from './wire/envelope.js';
import { writeXml } from './xml/write.js';
/**
 * Decodes a parsed envelope (from `JSON.parse` or the XML reader), keeping at most `maxIssues`
 * issues when it does not match.
 */
export function decodeEnvelope(wire, maxIssues = MAX_COLLECTED_ISSUES) {
  return envelopeOf(wire, { maxIssues });
}
function envelopeOf(wire, options) {
  if (isErrorEnvelope(wire)) return E.left(apiFailureOf(wire, options.maxIssues));
  return decodeWire(PageEnvelope, wire, options);
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
export function decodeOpportunities(body, format, options = {}) {
  return neverThrows(() => {
    const wire = readWire(body, format, envelopeFields, options);
    // The wire value was parsed here, for this decode only: the decoder may let go of it.
    return E.isLeft(wire) ? wire : envelopeOf(wire.right, { maxIssues: options.maxIssues, ownsInput: true });
  });
}
/** Writes a page as the server would: its JSON text, or its XML text. */
export function encodeOpportunities(page, format) {
  const wire = PageEnvelope.encode(page);
  return format === 'xml' ? writeXml(XML_ROOT, wire) : writeJson(wire);
}
//# sourceMappingURL=opportunities.js.map
