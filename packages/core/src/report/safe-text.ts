/**
 * Text that came from a server, made safe to show to a person: on a terminal, a control character
 * can move the cursor, retitle the window or forge a line, and a bidi override can reorder what is
 * read. Every such character is written as a visible `\u00XX` escape instead.
 */

// C0 (with TAB, LF and CR), DEL, C1, the bidi marks, embeddings, overrides and isolates, and the
// Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const escapeOne = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `"a\u001b[2Jb"` → `"a\\u001b[2Jb"`: every control and bidi character as a visible escape. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** What stands in a message where a secret was. */
export const REDACTED = '[redacted]';

/** The forms in which a secret may come back: as sent, and URL-encoded. */
const formsOf = (secret: string): ReadonlyArray<string> =>
  secret === '' ? [] : [...new Set([secret, encodeURIComponent(secret)])];

/** Where the shortest secret form at the end of `text` is cut short, so long at least. */
const MIN_PARTIAL = 4;

/**
 * `text` with every occurrence of the caller's `secrets` (a token, a password, as sent and
 * URL-encoded) replaced by `[redacted]`. With `cutAt`, the text is first cut to that many
 * characters plus the longest secret (so that a secret starting within `cutAt` is whole), and a
 * secret the end of it cuts short (its first four characters or more) is redacted too: callers
 * show only the first `cutAt` characters, and a megabyte value costs no more than a short one.
 */
export function redactSecrets(text: string, secrets: ReadonlyArray<string>, cutAt?: number): string {
  const forms = secrets.flatMap(formsOf);
  if (forms.length === 0) return cutAt === undefined ? text : text.slice(0, cutAt);
  const longest = Math.max(...forms.map((f) => f.length));
  let out = cutAt === undefined ? text : text.slice(0, cutAt + longest);
  for (const form of forms) out = out.split(form).join(REDACTED);
  if (cutAt === undefined) return out;
  for (const form of forms) {
    for (let n = Math.min(form.length - 1, out.length); n >= MIN_PARTIAL; n--) {
      if (out.endsWith(form.slice(0, n))) return out.slice(0, -n) + REDACTED;
    }
  }
  return out;
}

/**
 * A server's text as it may enter a message: controls escaped, and cut to `max` characters
 * (an ellipsis says it was cut). Cutting comes after escaping, so the result is at most `max + 1` long.
 */
export function safeText(text: string, max: number): string {
  const escaped = escapeControlCharacters(text.length > max * 7 ? text.slice(0, max * 7) : text);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
