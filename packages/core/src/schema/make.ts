import * as t from 'io-ts';
import type { Codec, Json, Schema } from './codec.js';

/** Builds a {@link Codec}: an io-ts `Type` that carries its schema and a readable expectation. */
export function makeCodec<A, O extends Json>(
  name: string,
  expected: string,
  schema: Schema,
  is: (u: unknown) => u is A,
  validate: t.Validate<unknown, A>,
  encode: (a: A) => O,
): Codec<A, O> {
  return Object.assign(new t.Type<A, O, unknown>(name, is, validate, encode), { schema, expected });
}
