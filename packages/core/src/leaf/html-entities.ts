/**
 * The server HTML-encodes employee names with .NET's `HttpUtility.HtmlEncode`: the five
 * markup characters, and U+00A0–U+00FF as decimal references. These two functions are that
 * encoder and its inverse; decoding also takes any numeric reference, since other writers use them.
 */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The code point a numeric reference body (`#39`, `#xE9`) names, or -1. By hand: names are hot. */
function numericReference(body: string): number {
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x X
  const start = hex ? 2 : 1;
  const digits = body.length - start;
  if (digits < 1 || digits > (hex ? 6 : 7)) return -1;
  let code = 0;
  for (let i = start; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const digit =
      c >= 48 && c <= 57
        ? c - 48
        : hex && c >= 97 && c <= 102
          ? c - 87
          : hex && c >= 65 && c <= 70
            ? c - 55
            : -1;
    if (digit < 0) return -1;
    code = code * (hex ? 16 : 10) + digit;
  }
  return code;
}

/** The character a reference body (`amp`, `#39`, `#xE9`) stands for, or undefined. */
function referenceValue(body: string): string | undefined {
  if (body.charCodeAt(0) !== 35 /* # */) return Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
  const code = numericReference(body);
  // A reference to nothing (0, a surrogate, beyond U+10FFFF) is left as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : undefined;
}

/** The longest reference body read, `#1114111` (a name is shorter): the `;` is looked for no further. */
const MAX_BODY = 8;

/** Where the `;` closing a reference that starts at `amp` is, or -1 when none is within reach. */
function referenceEnd(s: string, amp: number): number {
  // Bounded, so that a text of many `&` and one late `;` costs a few steps per `&`, not a search
  // to the end of the text from each (that was quadratic: 2.4 MB of `&` took 37 s).
  const end = Math.min(s.length, amp + MAX_BODY + 2);
  for (let i = amp + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 59 /* ; */) return i;
    if (c === 38 /* & */) return -1;
  }
  return -1;
}

/** `A &amp; B` → `A & B`; `O&#39;Neil` → `O'Neil`. Unknown references stay as written. Linear time. */
export function htmlDecode(s: string): string {
  // A scan with indexOf rather than a regex with a callback: names are decoded on every employee.
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = referenceEnd(s, amp);
    const value = semi === -1 ? undefined : referenceValue(s.slice(amp + 1, semi));
    if (value === undefined) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.slice(from, amp) + value;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
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
