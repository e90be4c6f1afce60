import * as E from 'fp-ts/lib/Either.js';
import type { Issue } from './report/issue.js';
import type { AnyCodec } from './schema/codec.js';
import { type RunOptions } from './schema/decoder.js';
/** The body does not match the contract; `issues` for programs, `message` for people. */
export interface DecodeFailure {
  readonly kind: 'decode';
  readonly message: string;
  /** The first problems found (at most 100 by default), as data. */
  readonly issues: ReadonlyArray<Issue>;
  /** How many problems were found in all; more than `issues.length` when some were only counted. */
  readonly issueCount: number;
}
/** The server answered with its error envelope (`status: 1`). */
export interface ApiFailure {
  readonly kind: 'api';
  readonly statusCode: number;
  readonly message: string;
}
/** Why a body did not decode. */
export type Failure = DecodeFailure | ApiFailure;
/** A decode failure whose message is a headline and the rendered issues. */
export declare function decodeFailure(issues: ReadonlyArray<Issue>, issueCount?: number): DecodeFailure;
/** A body that could not be read at all (not JSON, malformed XML): one `syntax` issue at the root. */
export declare const syntaxFailure: (message: string, expected: string) => DecodeFailure;
/** Decodes a parsed wire value with a codec; a Left holds the bounded issues. */
export declare function decodeWire<A>(
  codec: AnyCodec,
  wire: unknown,
  options?: RunOptions,
): E.Either<DecodeFailure, A>;
//# sourceMappingURL=failure.d.ts.map
