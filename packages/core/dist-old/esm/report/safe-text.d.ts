/**
 * Text that came from a server, made safe to show to a person: on a terminal, a control character
 * can move the cursor, retitle the window or forge a line, and a bidi override can reorder what is
 * read. Every such character is written as a visible `\u00XX` escape instead.
 */
/** `"a\u001b[2Jb"` → `"a\\u001b[2Jb"`: every control and bidi character as a visible escape. */
export declare function escapeControlCharacters(text: string): string;
/**
 * A server's text as it may enter a message: controls escaped, and cut to `max` characters
 * (an ellipsis says it was cut). Cutting comes after escaping, so the result is at most `max + 1` long.
 */
export declare function safeText(text: string, max: number): string;
//# sourceMappingURL=safe-text.d.ts.map
