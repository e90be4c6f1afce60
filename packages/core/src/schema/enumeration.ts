import type { Codec } from './codec.js';
import { makeCodec } from './make.js';

/**
 * A .NET enum sent as its number; the domain holds its name (`0` ⇄ `'FixedBid'`).
 * `names[i]` is the name of the value `i`.
 */
export function enumeration<const N extends readonly string[]>(
  name: string,
  names: N,
): Codec<N[number], number> {
  const byName = new Map<string, number>(names.map((n, i) => [n, i]));
  const is = (u: unknown): u is N[number] => typeof u === 'string' && byName.has(u);
  return makeCodec(
    name,
    names.map((_, i) => i).join(' | '),
    { kind: 'enum', names },
    is,
    (a) => byName.get(a) as number,
  );
}
