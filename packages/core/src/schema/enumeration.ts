import type { Codec } from './codec.js';
import { makeCodec } from './make.js';

/** The codec of a .NET enum, with its names in value order. */
export type EnumCodec<N extends readonly string[]> = Codec<N[number], number> & { readonly names: N };

/**
 * A .NET enum sent as its number; the domain holds its name (`0` ⇄ `'FixedBid'`).
 * `names[i]` is the name of the value `i`.
 */
export function enumeration<const N extends readonly string[]>(name: string, names: N): EnumCodec<N> {
  const byName = new Map<string, number>(names.map((n, i) => [n, i]));
  const is = (u: unknown): u is N[number] => typeof u === 'string' && byName.has(u);
  const codec = makeCodec(
    name,
    names.map((_, i) => i).join(' | '),
    { kind: 'enum', names },
    is,
    (a) => byName.get(a) as number,
  );
  return Object.assign(codec, { names });
}
