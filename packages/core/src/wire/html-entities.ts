/**
 * The server HTML-encodes employee names with .NET's `HttpUtility.HtmlEncode`: the five
 * markup characters, and U+00A0–U+00FF as decimal references. These two functions are that
 * encoder and its inverse; decoding also takes any numeric reference, since other writers use them.
 */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

function fromCodePoint(code: number, original: string): string {
  // A reference to nothing (0, a surrogate, beyond U+10FFFF) is left as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : original;
}

/** `A &amp; B` → `A & B`; `O&#39;Neil` → `O'Neil`. Unknown references stay as written. */
export function htmlDecode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10), whole);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), whole);
    return NAMED[name as string] ?? whole;
  });
}

const NEEDS_ENCODING = /[<>&"'\u00a0-\u00ff]/g;

function encodeChar(ch: string): string {
  switch (ch) {
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '&':
      return '&amp;';
    case '"':
      return '&quot;';
    default:
      return `&#${ch.charCodeAt(0)};`;
  }
}

/** The inverse of {@link htmlDecode} as the server writes it: `O'Neil` → `O&#39;Neil`. */
export function htmlEncode(s: string): string {
  return s.replace(NEEDS_ENCODING, encodeChar);
}
