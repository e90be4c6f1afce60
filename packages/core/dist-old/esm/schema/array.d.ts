import type { Codec, Json } from './codec.js';
/** A list; in XML it is flattened into repeated elements, which the reader learns from this schema. */
export declare function array<A, O extends Json>(of: Codec<A, O>): Codec<ReadonlyArray<A>, ReadonlyArray<O>>;
//# sourceMappingURL=array.d.ts.map
