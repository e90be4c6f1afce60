import type { Codec, Json, Schema } from './codec.js';
/**
 * Builds a {@link Codec}: an io-ts `Type` that carries its schema and a readable expectation. What
 * it accepts is said once, by the schema: `validate` is the engine's, not written per codec.
 */
export declare function makeCodec<A, O extends Json>(
  name: string,
  expected: string,
  schema: Schema,
  is: (u: unknown) => u is A,
  encode: (a: A) => O,
): Codec<A, O>;
//# sourceMappingURL=make.d.ts.map
