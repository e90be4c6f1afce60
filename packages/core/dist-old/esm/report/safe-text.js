/**
 * Text that came from a server, made safe to show to a person: on a terminal, a control character
 * can move the cursor, retitle the window or forge a line, and a bidi override can reorder what is
 * read. Every such character is written as a visible `\u00XX` escape instead.
 */
// C0 (with TAB, LF and CR), DEL, C1, the bidi marks, embeddings, overrides and isolates, and the
// Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const escapeOne = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** `"a\u001b[2Jb"` → `"a\\u001b[2Jb"`: every control and bidi character as a visible escape. */
export function escapeControlCharacters(text) {
  return text.replace(UNSAFE, escapeOne);
}
/**
 * A server's text as it may enter a message: controls escaped, and cut to `max` characters
 * (an ellipsis says it was cut). Cutting comes after escaping, so the result is at most `max + 1` long.
 */
export function safeText(text, max) {
  const escaped = escapeControlCharacters(text.length > max * 7 ? text.slice(0, max * 7) : text);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
//# sourceMappingURL=safe-text.js.map
