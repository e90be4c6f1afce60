import type { Codec, Json } from './codec.js';
/** `null`, or a value of `of` (the server writes `null` where .NET has no object). */
export declare function nullable<A, O extends Json>(of: Codec<A, O>): Codec<A | null, O | null>;
//# sourceMappingURL=nullable.d.ts.map
