import * as E from 'fp-ts/lib/Either.js';
import { type DecodeFailure, type Failure } from '../failure.js';
import type { Field } from '../schema/codec.js';
import { type XmlLimits } from '../xml/limits.js';
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
export declare const XML_ROOT = 'result';
/**
 * A body as the wire value `JSON.parse` gives for its JSON form: the JSON text parsed, or the XML
 * read by the schema of the fields `<result>` may hold.
 */
export declare function readWire(
  body: string,
  format: WireFormat,
  rootFields: ReadonlyArray<Field>,
  options?: DecodeOptions,
): E.Either<DecodeFailure, unknown>;
/**
 * Runs a body decoder so that nothing throws out of it: whatever the body, the caller gets a Left.
 * (None is known to throw; a property test feeds huge and degenerate bodies.)
 */
export declare function neverThrows<A>(decode: () => E.Either<Failure, A>): E.Either<Failure, A>;
//# sourceMappingURL=body.d.ts.map
