import * as E from 'fp-ts/lib/Either.js';
import { decodeFailure, type Failure } from './failure.js';
import { parseJson, writeJson } from './json/text.js';
import { toIssues } from './report/issue.js';
import { fastDecoder, MISMATCH } from './schema/fast-decoder.js';
import {
  apiFailureOf,
  ErrorEnvelope,
  envelopeFields,
  isErrorEnvelope,
  type OpportunityPage,
  PageEnvelope,
} from './wire/envelope.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/limits.js';
import { readXml } from './xml/read.js';
import { writeXml } from './xml/write.js';

/** The two forms the server answers in: `json` (default) and `xml` (the `.xml` suffix). */
export type WireFormat = 'json' | 'xml';

/** Options of {@link decodeOpportunities}. */
export interface DecodeOptions {
  /** Bounds for the XML reader. */
  readonly xml?: Partial<XmlLimits>;
}

const XML_ROOT = 'result';

/**
 * Decodes a parsed envelope (from `JSON.parse` or the XML reader). The compiled fast path does
 * the work; io-ts runs only to explain a mismatch.
 */
export function decodeEnvelope(wire: unknown): E.Either<Failure, OpportunityPage> {
  if (isErrorEnvelope(wire)) return E.left(apiFailureOf(wire));
  const fast = fastDecoder(PageEnvelope)(wire);
  if (fast !== MISMATCH) return E.right(fast as OpportunityPage);
  const checked = PageEnvelope.decode(wire);
  return E.isRight(checked) ? checked : E.left(decodeFailure(toIssues(checked.left)));
}

/**
 * Decodes the body of `GET api/2.0/crm/opportunity/bycontact/{contactid}` in either form.
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
  const wire =
    format === 'xml'
      ? readXml(body, XML_ROOT, envelopeFields, { ...DEFAULT_XML_LIMITS, ...options.xml })
      : parseJson(body);
  if (E.isLeft(wire)) return E.left(decodeFailure([{ path: '', message: wire.left }]));
  return decodeEnvelope(wire.right);
}

/** Writes a page as the server would: its JSON text, or its XML text. */
export function encodeOpportunities(page: OpportunityPage, format: WireFormat): string {
  const wire = PageEnvelope.encode(page);
  return format === 'xml' ? writeXml(XML_ROOT, wire) : writeJson(wire);
}

/** Writes the server's error envelope, e.g. `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export function encodeApiError(
  error: { readonly statusCode: number; readonly message: string },
  format: WireFormat,
) {
  const wire = ErrorEnvelope.encode({
    statusCode: error.statusCode,
    error: { message: error.message, hresult: -2147467259, data: {} },
  });
  return format === 'xml' ? writeXml(XML_ROOT, wire) : writeJson(wire);
}
