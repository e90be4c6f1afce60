import * as E from 'fp-ts/lib/Either.js';
import { type DecodeFailure, decodeWire, type Failure, syntaxFailure } from '../failure.js';
import { parseJson, writeJson } from '../json/text.js';
import { checkPositiveInteger } from '../report/collector.js';
import { redactSecrets } from '../report/safe-text.js';
import type { AnyCodec, Field, Json } from '../schema/codec.js';
import { DecodeRun, type RunOptions } from '../schema/decoder.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from '../xml/limits.js';
import { decodeXml, readXml } from '../xml/read.js';
import { writeXml } from '../xml/write.js';
import { apiFailureOf, isErrorEnvelope } from './envelope.js';

/** The two forms the server answers in: `json` (default) and `xml` (the `.xml` suffix). */
export type WireFormat = 'json' | 'xml';

/** Options of the body decoders. */
export interface DecodeOptions {
  /** Bounds for the XML reader. */
  readonly xml?: Partial<XmlLimits>;
  /** How many issues a failure keeps; the rest are counted in `issueCount`. Default 100. */
  readonly maxIssues?: number;
  /**
   * Texts no issue may quote, not even in part: the caller's token and password, which a server
   * may echo into a field of the wrong type. Each is replaced by `[redacted]`, as sent and URL-encoded.
   */
  readonly secrets?: ReadonlyArray<string>;
}

// Core builds without DOM or Node types; every runtime it targets (browsers, Node ≥ 20) has this.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean },
) => {
  decode(bytes: Uint8Array): string;
};

/**
 * Bytes as UTF-8 text; bytes that are not UTF-8 are a body that breaks the contract (a `syntax`
 * issue), and so is a body too long for one string (V8's limit, 2^29 - 24 UTF-16 code units).
 */
export function decodeUtf8(bytes: Uint8Array): E.Either<DecodeFailure, string> {
  try {
    return E.right(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    // Bad bytes are a TypeError (the Encoding standard); a text past the engine's longest
    // string is not (Node: ERR_STRING_TOO_LONG, browsers a RangeError), and is not a UTF-8 fault.
    return E.left(
      error instanceof TypeError
        ? syntaxFailure('not valid UTF-8', 'UTF-8 text')
        : syntaxFailure(`the body is too long to be one string (${bytes.length} bytes)`, 'a shorter body'),
    );
  }
}

/**
 * Checks a caller's {@link DecodeOptions} (a JavaScript caller may pass anything): `maxIssues`
 * and the XML limits must be positive integers, since NaN or 0 would keep every issue or lift a
 * bound. Throws a RangeError; the body decoders call it before they start.
 */
export function checkDecodeOptions(options: DecodeOptions): void {
  const { maxIssues, secrets, xml = {} } = options;
  checkPositiveInteger('maxIssues', maxIssues);
  checkPositiveInteger('xml.maxLength', xml.maxLength);
  checkPositiveInteger('xml.maxDepth', xml.maxDepth);
  if (secrets !== undefined && !(Array.isArray(secrets) && secrets.every((s) => typeof s === 'string'))) {
    throw new RangeError('secrets must be texts');
  }
}

/** The root element of every XML answer. */
export const XML_ROOT = 'result';

/**
 * A body as the wire value `JSON.parse` gives for its JSON form: the JSON text parsed, or the XML
 * read by the schema of the fields `<result>` may hold.
 */
export function readWire(
  body: string,
  format: WireFormat,
  rootFields: ReadonlyArray<Field>,
  options: DecodeOptions = {},
): E.Either<DecodeFailure, unknown> {
  const wire =
    format === 'xml'
      ? readXml(body, XML_ROOT, rootFields, { ...DEFAULT_XML_LIMITS, ...options.xml })
      : parseJson(body);
  // The XML reader's messages may name an element of the body: the caller's secrets go.
  return E.isLeft(wire)
    ? E.left(
        syntaxFailure(
          redactSecrets(wire.left, options.secrets ?? []),
          format === 'xml' ? 'well-formed XML' : 'JSON text',
        ),
      )
    : wire;
}

/**
 * Runs a body decoder so that nothing throws out of it: whatever the body, the caller gets a Left.
 * (None is known to throw; a property test feeds huge and degenerate bodies.)
 */
export function neverThrows<A>(decode: () => E.Either<Failure, A>): E.Either<Failure, A> {
  try {
    return decode();
  } catch (error) {
    const what = error instanceof Error ? error.name : 'an exception';
    return E.left(syntaxFailure(`the body could not be decoded (${what})`, 'a readable body'));
  }
}

/**
 * Writes a wire value (an envelope, as a codec's `encode` gives it) as the server's JSON or XML
 * text: `/` escaped in JSON, Json.NET's XML under `<result>`, or under `element` (a list's item
 * alone is `<response>…</response>`).
 */
export function writeWire(
  wire: { readonly [key: string]: Json },
  format: WireFormat,
  element: string = XML_ROOT,
): string {
  return format === 'xml' ? writeXml(element, wire) : writeJson(wire);
}

/** A parsed envelope: the server's error envelope as an api failure, else the envelope's value. */
export function envelopeOf<A>(wire: unknown, envelope: AnyCodec, options: RunOptions): E.Either<Failure, A> {
  if (isErrorEnvelope(wire)) return E.left(apiFailureOf(wire, options));
  return decodeWire<A>(envelope, wire, options);
}

/**
 * A body decoded with an envelope codec (`rootFields` say what `<result>` may hold in XML). The
 * wire value is parsed here for this decode only, so the decoder may use it up. Whatever the body,
 * it never throws; options that are not valid are a RangeError.
 */
export function decodeBody<A>(
  body: string,
  format: WireFormat,
  rootFields: ReadonlyArray<Field>,
  envelope: AnyCodec,
  options: DecodeOptions = {},
): E.Either<Failure, A> {
  checkDecodeOptions(options);
  return neverThrows(() => {
    if (format === 'xml') {
      // XML is decoded as it is read; anything but a clean success is read again the general way.
      const run = new DecodeRun(options.maxIssues, true, options.secrets);
      const limits = { ...DEFAULT_XML_LIMITS, ...options.xml };
      const decoded = decodeXml(body, XML_ROOT, rootFields, envelope, run, limits);
      if (decoded !== undefined) return E.right(decoded.value as A);
    }
    const wire = readWire(body, format, rootFields, options);
    return E.isLeft(wire)
      ? wire
      : envelopeOf<A>(wire.right, envelope, {
          maxIssues: options.maxIssues,
          secrets: options.secrets,
          ownsInput: true,
        });
  });
}
