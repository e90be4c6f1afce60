import { ApiDateTime } from '../leaf/api-date-time.js';
import type { Codec } from './codec.js';
/** Plain text, kept verbatim. */
export declare const text: Codec<string, string>;
/** A lower-case GUID as the server writes ids of users (checked by contracts, not by the decoder). */
export declare const guid: Codec<string, string>;
/** A colour, `#RRGGBB` (checked by contracts, not by the decoder). */
export declare const colour: Codec<string, string>;
/** Text the server HTML-encodes (`A &amp; B`); the domain holds the decoded text. */
export declare const htmlText: Codec<string, string>;
/** `true` or `false`. */
export declare const bool: Codec<boolean, boolean>;
/** A safe integer (ids, counts, positions, percentages). */
export declare const integer: Codec<number, number>;
/** A finite number (money). */
export declare const decimal: Codec<number, number>;
/** Exactly the number `value` (the envelope's `status`). */
export declare function literal<N extends number>(value: N): Codec<N, N>;
/** A date-time that is always set (`created`). */
export declare const dateTime: Codec<ApiDateTime, string>;
/** A date-time that may be "not set": the year-0001 sentinel decodes to `null` and encodes back. */
export declare const unsettableDateTime: Codec<ApiDateTime | null, string>;
//# sourceMappingURL=leaf.d.ts.map
