import type { Codec } from './codec.js';
/**
 * A .NET enum sent as its number; the domain holds its name (`0` ⇄ `'FixedBid'`).
 * `names[i]` is the name of the value `i`.
 */
export declare function enumeration<const N extends readonly string[]>(
  name: string,
  names: N,
): Codec<N[number], number>;
//# sourceMappingURL=enumeration.d.ts.map
