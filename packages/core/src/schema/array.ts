import type { Codec, Json } from './codec.js';
import { makeCodec } from './make.js';

/** A list; in XML it is flattened into repeated elements, which the reader learns from this schema. */
export function array<A, O extends Json>(of: Codec<A, O>): Codec<ReadonlyArray<A>, ReadonlyArray<O>> {
  return makeCodec<ReadonlyArray<A>, ReadonlyArray<O>>(
    `Array<${of.name}>`,
    `array of ${of.name}`,
    { kind: 'array', of },
    (u): u is ReadonlyArray<A> => Array.isArray(u) && u.every((x) => of.is(x)),
    (a) => a.map((x) => of.encode(x)),
  );
}
