import * as E from 'fp-ts/lib/Either.js';
import { type DecodeFailure, decodeFailure, syntaxFailure } from './failure.js';
import { parseJson } from './json/text.js';
import type { Codec, Json } from './schema/codec.js';
import { runDecoder } from './schema/decoder.js';
import { checkDecodeOptions, neverThrows } from './wire/body.js';

/** Options of {@link decodeValue} and {@link decodeJsonText}: the issue budget and the secrets of the body decoders. */
export interface ValueDecodeOptions {
  /** How many issues a failure keeps; the rest are counted in `issueCount`. Default 100. */
  readonly maxIssues?: number;
  /** Texts no issue may quote, not even in part: each is replaced by `[redacted]`. */
  readonly secrets?: ReadonlyArray<string>;
}

function decodeWith<A>(
  codec: Codec<A, Json>,
  value: unknown,
  ownsInput: boolean,
  options: ValueDecodeOptions,
): E.Either<DecodeFailure, A> {
  const { maxIssues, secrets } = options;
  const outcome = runDecoder<A>(codec, value, { maxIssues, secrets, ownsInput });
  return outcome.ok
    ? E.right(outcome.value)
    : E.left(
        decodeFailure(outcome.issues.issues, outcome.issues.count, `the value does not match ${codec.name}`),
      );
}

/**
 * Decodes a value of your own (a parsed file, say) with a codec built from core's builders
 * ({@link record}, {@link array}, {@link text} …), by the engine that decodes the server's bodies:
 * every issue found with its path, at most `maxIssues` kept and the rest counted, values shown cut
 * and never whole, and no stack overflow however deep the value (the engine walks the codec, not
 * the value). It never throws for any value; options that are not valid are a RangeError. The
 * value is not changed.
 *
 * @example
 * import { decodeValue, integer, record, required, text } from '@oo-crm/core';
 * const Member = record('member', { id: required(integer, 'Its id.'), name: required(text, 'Its name.') });
 * const result = decodeValue(Member, { id: 'seven' });
 * // result: Left({ kind: 'decode', issueCount: 2, message: 'the value does not match member (2 problems):\nid: expected integer, got "seven"\nname: missing, expected string', … })
 */
export function decodeValue<A>(
  codec: Codec<A, Json>,
  value: unknown,
  options: ValueDecodeOptions = {},
): E.Either<DecodeFailure, A> {
  checkDecodeOptions(options);
  return neverThrows(() => decodeWith(codec, value, false, options)) as E.Either<DecodeFailure, A>;
}

/**
 * {@link decodeValue} of JSON text: text that is not JSON is one `syntax` issue that names the
 * position, never the text.
 */
export function decodeJsonText<A>(
  codec: Codec<A, Json>,
  text: string,
  options: ValueDecodeOptions = {},
): E.Either<DecodeFailure, A> {
  checkDecodeOptions(options);
  return neverThrows(() => {
    const wire = parseJson(text);
    // The parsed value is this decode's own: its lists become the decoded lists, uncopied.
    return E.isLeft(wire)
      ? E.left(syntaxFailure(wire.left, 'JSON text'))
      : decodeWith(codec, wire.right, true, options);
  }) as E.Either<DecodeFailure, A>;
}
