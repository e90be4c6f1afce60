/**
 * The server HTML-encodes employee names with .NET's `HttpUtility.HtmlEncode`: the five
 * markup characters, and U+00A0–U+00FF as decimal references. These two functions are that
 * encoder and its inverse; decoding also takes any numeric reference, since other writers use them.
 */
/** `A &amp; B` → `A & B`; `O&#39;Neil` → `O'Neil`. Unknown references stay as written. */
export declare function htmlDecode(s: string): string;
/** The inverse of {@link htmlDecode} as the server writes it: `O'Neil` → `O&#39;Neil`. */
export declare function htmlEncode(s: string): string;
//# sourceMappingURL=html-entities.d.ts.map
