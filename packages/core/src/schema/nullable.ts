import type { Codec, Json } from './codec.js';
import { makeCodec } from './make.js';

/** `null`, or a value of `of` (the server writes `null` where .NET has no object). */
export function nullable<A, O extends Json>(of: Codec<A, O>): Codec<A | null, O | null> {
  return makeCodec<A | null, O | null>(
    `${of.name} | null`,
    `${of.expected} or null`,
    { kind: 'nullable', of },
    (u): u is A | null => u === null || of.is(u),
    (a) => (a === null ? null : of.encode(a)),
  );
}
