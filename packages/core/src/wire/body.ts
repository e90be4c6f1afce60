import * as E from 'fp-ts/lib/Either.js';
import { type DecodeFailure, type Failure, syntaxFailure } from '../failure.js';
import { parseJson, writeJson } from '../json/text.js';
import type { Field, Json } from '../schema/codec.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from '../xml/limits.js';
import { readXml } from '../xml/read.js';
import { writeXml } from '../xml/write.js';

/** The two forms the server answers in: `json` (default) and `xml` (the `.xml` suffix). */
export type WireFormat = 'json' | 'xml';

/** Options of the body decoders. */
export interface DecodeOptions {
  /** Bounds for the XML reader. */
  readonly xml?: Partial<XmlLimits>;
  /** How many issues a failure keeps; the rest are counted in `issueCount`. Default 100. */
  readonly maxIssues?: number;
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
  return E.isLeft(wire)
    ? E.left(syntaxFailure(wire.left, format === 'xml' ? 'well-formed XML' : 'JSON text'))
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
 * text: `/` escaped in JSON, Json.NET's XML under `<result>`.
 */
export function writeWire(wire: { readonly [key: string]: Json }, format: WireFormat): string {
  return format === 'xml' ? writeXml(XML_ROOT, wire) : writeJson(wire);
}
