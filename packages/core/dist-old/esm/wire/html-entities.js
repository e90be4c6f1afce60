/**
 * The server HTML-encodes employee names with .NET's `HttpUtility.HtmlEncode`: the five
 * markup characters, and U+00A0–U+00FF as decimal references. These two functions are that
 * encoder and its inverse; decoding also takes any numeric reference, since other writers use them.
 */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NUMERIC = /^#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))$/;
/** The character a reference body (`amp`, `#39`, `#xE9`) stands for, or undefined. */
function referenceValue(body) {
  const named = NAMED[body];
  if (named !== undefined && Object.hasOwn(NAMED, body)) return named;
  const m = NUMERIC.exec(body);
  if (m === null) return undefined;
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2], 16);
  // A reference to nothing (0, a surrogate, beyond U+10FFFF) is left as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : undefined;
}
/** `A &amp; B` → `A & B`; `O&#39;Neil` → `O'Neil`. Unknown references stay as written. */
export function htmlDecode(s) {
  // A scan with indexOf rather than a regex with a callback: names are decoded on every employee.
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1) break;
    const value = semi - amp <= 9 ? referenceValue(s.slice(amp + 1, semi)) : undefined;
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
function encodeChar(ch) {
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
export function htmlEncode(s) {
  return s.replace(NEEDS_ENCODING, encodeChar);
}
//# sourceMappingURL=html-entities.js.map
