import * as E from 'fp-ts/lib/Either.js';
import { syntaxFailure } from '../failure.js';
import { parseJson } from '../json/text.js';
import { DEFAULT_XML_LIMITS } from '../xml/limits.js';
import { readXml } from '../xml/read.js';
/** The root element of every XML answer. */
export const XML_ROOT = 'result';
/**
 * A body as the wire value `JSON.parse` gives for its JSON form: the JSON text parsed, or the XML
 * read by the schema of the fields `<result>` may hold.
 */
export function readWire(body, format, rootFields, options = {}) {
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
export function neverThrows(decode) {
  try {
    return decode();
  } catch (error) {
    const what = error instanceof Error ? error.name : 'an exception';
    return E.left(syntaxFailure(`the body could not be decoded (${what})`, 'a readable body'));
  }
}
//# sourceMappingURL=body.js.map
