// What every report writes of a provider's text: escaped, cut, and free of the caller's secrets.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { printable, Secrets } from '../../src/text.js';

describe('printable', () => {
  it('writes each control, bidi and line-separator character as a visible escape', () => {
    expect(printable('a\u001b[2Jb\u0000c\r\nd\u202ee\u2028f\u0085g')).toBe(
      'a\\u001b[2Jb\\u0000c\\u000d\\u000ad\\u202ee\\u2028f\\u0085g',
    );
  });

  it('escapes lone surrogates and XML non-characters, keeps a pair whole', () => {
    expect(printable('\ud800x\udc00\ufffe😀')).toBe('\\ud800x\\udc00\\ufffe😀');
  });

  it(`cuts to ${LIMITS.quotedChars} characters, saying so`, () => {
    const text = 'x'.repeat(5 * 1024 * 1024);
    expect(printable(text)).toBe(`${'x'.repeat(LIMITS.quotedChars)}…`);
    expect(printable('short')).toBe('short');
  });
});

describe('Secrets', () => {
  it('replaces each secret as given, URL-encoded and base64, the longest first', () => {
    const s = new Secrets(['tok/en+1', 'tok', undefined, '']);
    s.add('pass word');
    expect(s.scrub('a tok/en+1 b tok%2Fen%2B1 c pass%20word d dG9rL2VuKzE=')).toBe(
      'a [redacted] b [redacted] c [redacted] d [redacted]',
    );
    // Too short to tell from text: kept.
    expect(s.scrub('tok')).toBe('tok');
  });
});
