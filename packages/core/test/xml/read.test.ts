import { readFixture } from '@oo-crm/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOpportunities, encodeOpportunities, type Failure } from '../../src/index.js';
import { array } from '../../src/schema/array.js';
import { fieldsOf } from '../../src/schema/kinds.js';
import { text } from '../../src/schema/leaf.js';
import { record, required } from '../../src/schema/record.js';
import { readXml } from '../../src/xml/read.js';
import { page } from '../arbitraries.js';

const EMPTY = '<result><status>0</status><statusCode>200</statusCode></result>';
const deals = readFixture('server-deals.xml');

function failureOf(body: string, options = {}): Failure {
  const result = decodeOpportunities(body, 'xml', options);
  if (result._tag === 'Right') throw new Error('expected a failure');
  return result.left;
}

const messageOf = (body: string, options = {}): string => failureOf(body, options).message;

describe('XML as the server writes it', () => {
  it('reads the empty result (no <response> at all)', () => {
    expect(decodeOpportunities(EMPTY, 'xml')).toEqual({ _tag: 'Right', right: { items: [] } });
  });

  it('reads one <response> as a list of one, and one <members> as a list of one', () => {
    const one = encodeOpportunities({ items: [] }, 'xml').replace(
      '</statusCode>',
      `</statusCode>${deals.slice(deals.indexOf('<response>'), deals.indexOf('</response>') + 11)}`,
    );
    const result = decodeOpportunities(one, 'xml');
    expect(result._tag === 'Right' && result.right.items.map((o) => o.members.length)).toEqual([2]);
  });

  it('tells null (<x />) from empty text (<x></x>) where the schema allows null', () => {
    const body = deals.replace('<avatarSmall />', '<avatarSmall></avatarSmall>');
    const result = decodeOpportunities(body, 'xml');
    expect(result._tag === 'Right' && result.right.items[0]?.createBy.avatarSmall).toBe('');
  });

  it('accepts the documentation form: PascalCase, True/False, indentation, <Mask />', () => {
    const result = decodeOpportunities(readFixture('documented.xml'), 'xml');
    expect(result._tag).toBe('Right');
  });

  it('accepts an XML declaration, a BOM, comments and CDATA text', () => {
    const body = `\uFEFF<?xml version="1.0" encoding="utf-8"?><!-- hi -->${deals.replace(
      '<title>Annual support contract</title>',
      '<title><![CDATA[Annual <support>]]> contract<!-- c --></title>',
    )}`;
    const result = decodeOpportunities(body, 'xml');
    expect(result._tag === 'Right' && result.right.items[0]?.title).toBe('Annual <support> contract');
  });

  it('reads character references with leading zeros, as XML allows', () => {
    const body = deals.replace(
      '<title>Annual support contract</title>',
      '<title>&#x0000041;&#0000066;&#x000000000000000000000043;</title>',
    );
    const result = decodeOpportunities(body, 'xml');
    expect(result._tag === 'Right' && result.right.items[0]?.title).toBe('ABC');
    expect(messageOf(deals.replace('Annual', '&#x0000110000;'))).toMatch(/entity reference/);
  });

  it("reads elements out of the server's order, and end tags with spaces, as the server's form", () => {
    const expected = decodeOpportunities(deals, 'xml');
    expect(expected._tag).toBe('Right');
    // <title> moved after <id> (the reader tries the next fields in place first), and `</x >`.
    const title = '<title>Annual support contract</title>';
    const moved = deals
      .replace(title, '')
      .replace('<id>5001</id></response>', `<id>5001</id>${title}</response>`);
    expect(decodeOpportunities(moved, 'xml')).toEqual(expected);
    expect(decodeOpportunities(deals.replaceAll('</title>', '</title >'), 'xml')).toEqual(expected);
    expect(messageOf(deals.replace('</title>', '</titles>'))).toMatch(/expected <\/title>/);
  });

  it('skips unknown elements, however named', () => {
    const body = EMPTY.replace(
      '</result>',
      '<__proto__><polluted>1</polluted></__proto__><constructor /></result>',
    );
    expect(decodeOpportunities(body, 'xml')).toEqual({ _tag: 'Right', right: { items: [] } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('coerces only where the schema says number or boolean', () => {
    const body = deals.replace('<title>Annual support contract</title>', '<title>0x1F</title>');
    const result = decodeOpportunities(body, 'xml');
    expect(result._tag === 'Right' && result.right.items[0]?.title).toBe('0x1F');
    expect(
      failureOf(deals.replace('<isCompany>true</isCompany>', '<isCompany>yes</isCompany>')),
    ).toMatchObject({
      issues: [
        {
          kind: 'type',
          path: ['response', 0, 'members', 0, 'isCompany'],
          message: 'expected boolean, got "yes"',
        },
      ],
    });
    expect(failureOf(deals.replace('<id>101</id>', '<id>0x65</id>'))).toMatchObject({
      issues: [
        { kind: 'type', path: ['response', 0, 'members', 0, 'id'], message: 'expected integer, got "0x65"' },
      ],
    });
  });
});

describe('numbers, booleans and references read in place agree with the general way', () => {
  const title = (inner: string) =>
    deals.replace('<title>Annual support contract</title>', `<title>${inner}</title>`);
  const titleOf = (body: string) => {
    const result = decodeOpportunities(body, 'xml');
    return result._tag === 'Right' ? result.right.items[0]?.title : result.left.message;
  };
  const idOf = (id: string) => {
    const result = decodeOpportunities(
      deals.replace('<id>5001</id></response>', `<id>${id}</id></response>`),
      'xml',
    );
    return result._tag === 'Right' ? result.right.items[0]?.id : result.left.message;
  };
  const companyOf = (text: string) => {
    const result = decodeOpportunities(
      deals.replace('<isCompany>true</isCompany>', `<isCompany>${text}</isCompany>`),
      'xml',
    );
    return result._tag === 'Right' ? result.right.items[0]?.members[0]?.isCompany : result.left.message;
  };

  it('reads a number where it stands, and the other forms of a number through the text', () => {
    expect(idOf('7')).toBe(7);
    expect(idOf('0')).toBe(0);
    expect(idOf('123456789')).toBe(123456789);
    expect(idOf('1234567890')).toBe(1234567890);
    expect(idOf(' 42 ')).toBe(42);
    expect(idOf('4<!-- c -->2')).toBe(42);
    expect(idOf('<![CDATA[42]]>')).toBe(42);
    expect(idOf('&#52;2')).toBe(42);
    expect(idOf('007')).toMatch(/expected integer, got "007"/);
    expect(idOf('12a')).toMatch(/expected integer, got "12a"/);
    expect(idOf('42</ids>')).toMatch(/expected <\/id>/);
  });

  it('reads true and false where they stand, and True, False and the rest through the text', () => {
    expect(companyOf('false')).toBe(false);
    expect(companyOf('true')).toBe(true);
    expect(companyOf('True')).toBe(true);
    expect(companyOf('False')).toBe(false);
    expect(companyOf('tru<!-- c -->e')).toBe(true);
    expect(companyOf('truely')).toMatch(/expected boolean, got "truely"/);
    expect(companyOf('')).toMatch(/expected boolean, got ""/);
  });

  it('reads &amp; where it stands, and any other reference the general way', () => {
    expect(titleOf(title('a &amp; b &amp;amp; c'))).toBe('a & b &amp; c');
    expect(titleOf(title('&amp;'))).toBe('&');
    expect(titleOf(title('&amp;&amp;lt;x&amp;gt;'))).toBe('&&lt;x&gt;');
    expect(titleOf(title('x &amp; &lt;y&gt; &#65; &quot;'))).toBe('x & <y> A "');
    expect(titleOf(title('&lt;y&gt; &amp;'))).toBe('<y> &');
    expect(titleOf(title('&amp;<!-- c -->&amp;'))).toBe('&&');
    expect(titleOf(title('&amp;amp'))).toBe('&amp');
    expect(titleOf(title('&amp &amp;'))).toMatch(/entity reference/);
    expect(titleOf(title('&amp;&bogus;'))).toMatch(/entity reference/);
    expect(titleOf(title('&amp;\u0001'))).toMatch(/a character XML 1.0 forbids/);
  });
});

describe('texts with references, shared within a document', () => {
  const Texts = record('Texts', { value: required(array(text), 'texts') });
  const read = (texts: ReadonlyArray<string>) => {
    const body = `<result>${texts.map((t) => `<value>${t}</value>`).join('')}</result>`;
    const result = readXml(body, 'result', fieldsOf(Texts));
    return result._tag === 'Right' ? (result.right as { value: string[] }).value : result.left;
  };

  it('reads each text as it is, however many distinct ones and however often each comes', () => {
    // More distinct texts than are kept, each twice, apart and in a row; long ones are not kept.
    const distinct = Array.from({ length: 5000 }, (_, i) => `a&amp;b ${i}`);
    const long = `${'x'.repeat(300)}&amp;`;
    const texts = [...distinct, ...distinct, long, long, 'a&amp;b 1'];
    const decoded = texts.map((t) => t.replaceAll('&amp;', '&'));
    expect(read(texts)).toEqual(decoded);
    expect(read(['&amp;lt;', '&lt;&amp;', '&amp;lt;', '&lt;&amp;'])).toEqual(['&lt;', '<&', '&lt;', '<&']);
  });

  it('refuses a bad reference in a text that came before without it', () => {
    expect(read(['a&amp;b', 'a&amp;b&bad;'])).toMatch(/entity reference/);
  });
});

describe('hostile XML gets a decode failure and nothing else', () => {
  it.each([
    ['a DOCTYPE', `<!DOCTYPE result [<!ENTITY a "b">]>${EMPTY}`, 'DOCTYPE and declarations are not allowed'],
    [
      'billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><result><status>&lol2;</status></result>`,
      'DOCTYPE and declarations are not allowed',
    ],
    [
      'an external entity',
      `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><result><status>0</status><x>&xxe;</x></result>`,
      'DOCTYPE',
    ],
    ['an undeclared entity', EMPTY.replace('</result>', '<x>&xxe;</x></result>'), 'entity reference'],
    ['a reference to a forbidden character', EMPTY.replace('200', '&#0;'), 'entity reference'],
    ['a forbidden character', EMPTY.replace('200', '2\u00010'), 'a character XML 1.0 forbids'],
    [
      'a processing instruction',
      EMPTY.replace('</result>', '<?php x ?></result>'),
      'processing instructions',
    ],
    ['a truncated document', deals.slice(0, deals.length / 2), 'malformed XML'],
    ['a missing end tag', EMPTY.replace('</result>', ''), 'unexpected end'],
    ['mismatched tags', EMPTY.replace('</status>', '</statusCode>'), 'expected </status>'],
    ['text where elements belong', EMPTY.replace('<status>', 'oops<status>'), 'text inside <result>'],
    ['an element where text belongs', EMPTY.replace('200', '<b>200</b>'), 'element inside <statusCode>'],
    ['two roots', EMPTY + EMPTY, 'content after the root element'],
    ['a wrong root', '<results></results>', 'expected <result> as the root'],
    [
      'a repeated scalar',
      EMPTY.replace('</result>', '<status>0</status></result>'),
      'is repeated but is not a list',
    ],
    ['an unquoted attribute', EMPTY.replace('<status>', '<status a=1>'), 'quoted attribute'],
    ['an empty body', '', 'expected the root element'],
    ['JSON sent as XML', '{"status":0}', 'expected the root element'],
  ])('%s', (_, body, reason) => {
    const failure = failureOf(body);
    expect(failure.kind).toBe('decode');
    expect(failure.message).toContain(reason);
  });

  it('bounds nesting depth in unknown elements', () => {
    const deep = EMPTY.replace('</result>', `${'<a>'.repeat(100)}${'</a>'.repeat(100)}</result>`);
    expect(messageOf(deep)).toContain('nesting deeper than 64');
    expect(decodeOpportunities(deep, 'xml', { xml: { maxDepth: 200 } })._tag).toBe('Right');
  });

  it('bounds the size of the document', () => {
    expect(messageOf(deals, { xml: { maxLength: 100 } })).toContain('longer than 100 characters');
  });

  it('answers 100,000-deep input quickly, without a stack overflow', () => {
    const deep = `<result>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</result>`;
    expect(messageOf(deep)).toContain('nesting deeper');
  });

  it('never throws on random text or on mutated server XML (fuzz)', () => {
    const mutated = fc
      .tuple(page, fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([p, at, cut, insert]) => {
        const xml = encodeOpportunities(p, 'xml');
        const i = at % (xml.length + 1);
        return xml.slice(0, i) + insert + xml.slice(Math.min(xml.length, i + cut));
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (body) => {
        const started = performance.now();
        expect(() => decodeOpportunities(body, 'xml')).not.toThrow();
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives partial data: any cut of a valid document fails', () => {
    for (let cut = 1; cut < deals.length; cut += 97) {
      expect(decodeOpportunities(deals.slice(0, cut), 'xml')._tag).toBe('Left');
    }
  });
});
