import * as E from 'fp-ts/lib/Either.js';
import type { Issue } from './report/issue.js';
import { renderIssues } from './report/render.js';
import type { AnyCodec } from './schema/codec.js';
import { type RunOptions, runDecoder } from './schema/decoder.js';

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

/**
 * A decode failure whose message is a headline (`what` does not match, and how many problems) and
 * the rendered issues.
 */
export function decodeFailure(
  issues: ReadonlyArray<Issue>,
  issueCount = issues.length,
  what = 'the response does not match the contract',
): DecodeFailure {
  const n = issueCount;
  const headline = `${what} (${n} problem${n === 1 ? '' : 's'}):`;
  return { kind: 'decode', message: `${headline}\n${renderIssues(issues, n)}`, issues, issueCount };
}

/** A body that could not be read at all (not JSON, malformed XML): one `syntax` issue at the root. */
export const syntaxFailure = (message: string, expected: string): DecodeFailure =>
  decodeFailure([{ kind: 'syntax', path: [], expected, message }]);

/** Decodes a parsed wire value with a codec; a Left holds the bounded issues. */
export function decodeWire<A>(
  codec: AnyCodec,
  wire: unknown,
  options: RunOptions = {},
): E.Either<DecodeFailure, A> {
  const outcome = runDecoder<A>(codec, wire, options);
  return outcome.ok
    ? E.right(outcome.value)
    : E.left(decodeFailure(outcome.issues.issues, outcome.issues.count));
}
