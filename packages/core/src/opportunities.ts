import * as E from 'fp-ts/lib/Either.js';
import { decodeFailure, decodeWire, type Failure } from './failure.js';
import { parseJson, writeJson } from './json/text.js';
import { MAX_COLLECTED_ISSUES } from './report/collector.js';
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
  /** How many issues a failure keeps; the rest are counted in `issueCount`. Default 100. */
  readonly maxIssues?: number;
}

const XML_ROOT = 'result';

/**
 * Decodes a parsed envelope (from `JSON.parse` or the XML reader). The compiled decoder does the
 * work; only a refusal is walked again, to say why, with at most `maxIssues` issues kept.
 */
export function decodeEnvelope(
  wire: unknown,
  maxIssues = MAX_COLLECTED_ISSUES,
): E.Either<Failure, OpportunityPage> {
  if (isErrorEnvelope(wire)) return E.left(apiFailureOf(wire));
  return decodeWire<OpportunityPage>(PageEnvelope, wire, maxIssues);
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
  try {
    const wire =
      format === 'xml'
        ? readXml(body, XML_ROOT, envelopeFields, { ...DEFAULT_XML_LIMITS, ...options.xml })
        : parseJson(body);
    if (E.isLeft(wire)) return E.left(decodeFailure([{ path: '', message: wire.left }]));
    return decodeEnvelope(wire.right, options.maxIssues);
  } catch (error) {
    // Never a throw out of a decoder: whatever the body, the caller gets a Left. (None is known to
    // reach here; a property test feeds huge and degenerate bodies.)
    const what = error instanceof Error ? error.name : 'an exception';
    return E.left(decodeFailure([{ path: '', message: `the body could not be decoded (${what})` }]));
  }
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
