import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlDecode, htmlEncode } from '../../src/index.js';

describe('HTML entities of employee names', () => {
  it.each([
    ['Anna O&#39;Neil', "Anna O'Neil"],
    ['A &amp; B', 'A & B'],
    ['&lt;b&gt; &quot;x&quot;', '<b> "x"'],
    ['Fran&#231;ois &#xE9;', 'François é'],
    ['&amp;amp;', '&amp;'],
    ['no entities', 'no entities'],
    ['&nbsp; &bogus; &#0; &#xD800; & alone', '&nbsp; &bogus; &#0; &#xD800; & alone'],
  ])('decodes %j to %j', (wire, text) => {
    expect(htmlDecode(wire)).toBe(text);
  });

  it('encodes as .NET HtmlEncode does', () => {
    expect(htmlEncode(`O'Neil & <Co> "x" é`)).toBe('O&#39;Neil &amp; &lt;Co&gt; &quot;x&quot; &#233;');
  });

  it('decode ∘ encode = id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(htmlDecode(htmlEncode(s))).toBe(s);
      }),
    );
  });
});
