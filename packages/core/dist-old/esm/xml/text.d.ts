/** Character-level rules of XML 1.0 the reader and the writer share. */
export declare const FORBIDDEN_CHAR: RegExp;
/** Whether a numeric character reference may name this code point (the `Char` production). */
export declare function isXmlChar(code: number): boolean;
/**
 * Replaces the five predefined entities and numeric references; anything else (a declared
 * entity, a bare `&`, a reference to a forbidden character) is refused: `undefined`.
 */
export declare function decodeReferences(raw: string): string | undefined;
/** Escapes text content the way .NET's XmlWriter does: `&`, `<`, `>`, and CR as a reference. */
export declare function escapeText(s: string): string;
//# sourceMappingURL=text.d.ts.map
