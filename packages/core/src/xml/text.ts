/** Character-level rules of XML 1.0 the reader and the writer share. */

// Characters XML 1.0 forbids outright (lone surrogates are left to the UTF-16 source).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
export const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

// A surrogate without its other half: no UTF-8 encodes it, so an answer would carry U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether an answer can carry `text` as it is, in XML as in JSON: no character XML 1.0 forbids
 * (the XML writer refuses those) and no lone surrogate. For data that will be served, checked
 * before it is.
 */
export const isXmlText = (text: string): boolean => !FORBIDDEN_CHAR.test(text) && !LONE_SURROGATE.test(text);

/** Whether a numeric character reference may name this code point (the `Char` production). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The longest reference read, `&` to `;`: room for leading zeros, and a bound on the scan. */
const MAX_REFERENCE = 64;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Replaces the five predefined entities and numeric references; anything else (a declared
 * entity, a bare `&`, a reference to a forbidden character) is refused: `undefined`.
 */
export function decodeReferences(raw: string): string | undefined {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > MAX_REFERENCE) return undefined;
    const name = raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      // Leading zeros are valid (`&#x0000041;` is `A`); what is left must fit a code point.
      const digits = name.slice(hex ? 2 : 1).replace(/^0+(?=.)/, '');
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
      const code = Number.parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) return undefined;
      ch = String.fromCodePoint(code);
    } else {
      // Own names only: `&constructor;` or `&__proto__;` must not find Object.prototype's.
      if (!Object.hasOwn(PREDEFINED, name)) return undefined;
      ch = PREDEFINED[name];
    }
    out += raw.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/** Escapes text content the way .NET's XmlWriter does: `&`, `<`, `>`, and CR as a reference. */
export function escapeText(s: string): string {
  if (FORBIDDEN_CHAR.test(s)) throw new RangeError('text holds a character XML 1.0 cannot carry');
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;',
  );
}
