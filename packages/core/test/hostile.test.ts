import { readFixture } from '@oo-crm/fixtures';
import { expectLinear } from '@oo-crm/linearity';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ApiDateTime,
  decodeApiError,
  decodeOpportunities,
  decodeOpportunity,
  decodeUtf8,
  escapeControlCharacters,
  htmlDecode,
  htmlEncode,
  MAX_COLLECTED_ISSUES,
  Opportunity,
  PageEnvelope,
  safeText,
} from '../src/index.js';
import { writeJson } from '../src/json/text.js';
import { describeValue } from '../src/report/describe-value.js';
import { decodeReferences, escapeText } from '../src/xml/text.js';

const ENVELOPE_OPEN = '{"status":0,"statusCode":200,"response":[';

/** The decode failure of a body, or a test failure if it decoded. */
function failureOf(body: string, format: 'json' | 'xml' = 'json', maxIssues?: number) {
  const result = decodeOpportunities(body, format, maxIssues === undefined ? {} : { maxIssues });
  if (result._tag !== 'Left' || result.left.kind !== 'decode') throw new Error('expected a decode failure');
  return result.left;
}

describe('a hostile body costs a bounded report', () => {
  it('20,000 empty deals in JSON: 220,000 problems counted, 100 kept, 20 rendered, no stack overflow', () => {
    const failure = failureOf(`${ENVELOPE_OPEN}${Array(20_000).fill('{}').join(',')}]}`);
    // 11 required properties per deal (createBy … id), each missing.
    expect(failure.issueCount).toBe(220_000);
    expect(failure.issues).toHaveLength(MAX_COLLECTED_ISSUES);
    expect(failure.issues[0]).toEqual({
      kind: 'missing',
      path: ['response', 0, 'createBy'],
      expected: 'Employee object',
      message: 'missing, expected Employee object',
    });
    const lines = failure.message.split('\n');
    expect(lines[0]).toBe('the response does not match the contract (220000 problems):');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('… and 219980 more');
    expect(JSON.stringify(failure).length).toBeLessThan(20_000);
  });

  it('the XML twin, 20,000 <response />: the same bound (XML brings its empty lists, so 9 per deal)', () => {
    const failure = failureOf(`<result><status>0</status>${'<response />'.repeat(20_000)}</result>`, 'xml');
    expect(failure.issueCount).toBe(180_000);
    expect(failure.issues).toHaveLength(MAX_COLLECTED_ISSUES);
  });

  it('16 MB of zeros where deals belong: one problem per item counted, a few kept', () => {
    const items = 8_000_000;
    const failure = failureOf(`${ENVELOPE_OPEN}${'0,'.repeat(items - 1)}0]}`);
    expect(failure.issueCount).toBe(items);
    expect(failure.issues[1]).toEqual({
      kind: 'type',
      path: ['response', 1],
      expected: 'Opportunity object',
      message: 'expected Opportunity object, got 0',
    });
    expect(failure.issues).toHaveLength(MAX_COLLECTED_ISSUES);
  });

  it('maxIssues sets how many are kept', () => {
    const failure = failureOf(`${ENVELOPE_OPEN}1,2,3,4,5]}`, 'json', 2);
    expect(failure.issues.map((i) => i.path)).toEqual([
      ['response', 0],
      ['response', 1],
    ]);
    expect(failure.issueCount).toBe(5);
    expect(failure.message.split('\n').at(-1)).toBe('… and 3 more');
  });

  it('the io-ts face is bounded too: 100 errors and one that counts the rest', () => {
    const result = PageEnvelope.decode({ status: 0, response: Array(500).fill(7) });
    expect(result._tag === 'Left' && result.left.length).toBe(101);
    expect(result._tag === 'Left' && result.left[100]!.message).toBe('… and 400 more');
    expect(result._tag === 'Left' && result.left[0]!.message).toBe(
      'response[0]: expected Opportunity object, got 7',
    );
  });

  it('an io-ts decode inside a larger io-ts value reports paths from there', () => {
    const result = Opportunity.decode({});
    expect(result._tag === 'Left' && result.left[0]!.message).toBe(
      'createBy: missing, expected Employee object',
    );
  });

  it('server text in a message has its control characters escaped and is cut short', () => {
    const wrongTitle = failureOf(
      `${ENVELOPE_OPEN}{"createBy":"\\u001b[2J\\u009b\\u202eevil\\n forged line"}]}`,
    ).issues[0]!;
    expect(wrongTitle.message).toBe(
      'expected Employee object, got "\\u001b[2J\\u009b\\u202eevil\\u000a forged l…"',
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the check
    expect(wrongTitle.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });
});

describe('decoding never throws', () => {
  const degenerate = fc.oneof(
    // Deep nesting of arrays and objects, where deals or their parts belong.
    fc.nat({ max: 200_000 }).map((n) => `${ENVELOPE_OPEN}${'['.repeat(n)}${']'.repeat(n)}]}`),
    fc.nat({ max: 200_000 }).map((n) => `${ENVELOPE_OPEN}${'{"a":'.repeat(n)}1${'}'.repeat(n)}]}`),
    // Many items of one random JSON value.
    fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat({ max: 50_000 }))
      .map(([v, n]) => `${ENVELOPE_OPEN}${Array(n).fill(JSON.stringify(v)).join(',')}]}`),
    // A long string where text or an object belongs.
    fc.nat({ max: 2_000_000 }).map((n) => `${ENVELOPE_OPEN}{"title":"${'\\u001b'.repeat(n / 6)}"}]}`),
    // Degenerate XML: deep, repeated, huge text, bad references.
    fc
      .nat({ max: 100_000 })
      .map((n) => `<result>${'<response>'.repeat(n)}${'</response>'.repeat(n)}</result>`),
    fc
      .nat({ max: 50_000 })
      .map((n) => `<result><status>0</status>${'<response><members /></response>'.repeat(n)}</result>`),
    fc.constantFrom('<result>&#x0000041;</result>', '<result><status>&#99999999;</status></result>', ''),
  );

  it('on huge and degenerate bodies, in JSON and in XML', () => {
    fc.assert(
      fc.property(degenerate, (body) => {
        for (const format of ['json', 'xml'] as const) {
          // Some of these are valid (no deal at all); what must hold is an answer, never a throw.
          const result = decodeOpportunities(body, format);
          expect(['Left', 'Right']).toContain(result._tag);
          if (result._tag === 'Left' && result.left.kind === 'decode') {
            expect(result.left.issues.length).toBeLessThanOrEqual(MAX_COLLECTED_ISSUES);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('every text transformation in core is linear in its input (time ratios at ×2, ×4, ×8)', () => {
  const ampsAndOneSemicolon = (n: number) => `${'&'.repeat(n)};`;

  it('HTML entities: N `&` and one `;` (was quadratic: 2.4 MB took 37 s), and the other worst cases', () => {
    expectLinear(ampsAndOneSemicolon, htmlDecode, 100_000);
    expectLinear((n) => `${'&#1'.repeat(n / 3)};`, htmlDecode, 100_000);
    expectLinear((n) => '&amp;'.repeat(n / 5), htmlDecode, 100_000);
    expectLinear((n) => `${'&#x'.repeat(n / 3)}${'0'.repeat(8)};`, htmlDecode, 100_000);
    expectLinear((n) => '<é"'.repeat(n / 3), htmlEncode, 100_000);
    // The bound on the `;` search keeps every answer: a reference is at most `&` + 8 + `;`.
    expect(htmlDecode('&&amp;&#1114111;&#11141110;&amp')).toBe('&&\u{10ffff}&#11141110;&amp');
  });

  it('XML references and escapes: many `&` before a late `;`, many references, text to escape', () => {
    expectLinear(ampsAndOneSemicolon, decodeReferences, 200_000);
    expectLinear((n) => '&amp;&#x41;'.repeat(n / 11), decodeReferences, 100_000);
    expectLinear((n) => '&<>\r'.repeat(n / 4), escapeText, 50_000);
    // Above about 400,000 characters V8's replace of every `/` costs about four times as much a
    // character (a step, not a growth: linear on either side), so sizes that straddle it read as
    // ×30; these start above it (600,000 to 4.8 million characters: ×8.0 here).
    expectLinear((n) => '/"\\'.repeat(n / 3), writeJson, 600_000, 3);
  });

  it('dates and numbers: long digit runs where a date or a number belongs', () => {
    expectLinear(
      (n) => Array.from({ length: n / 40 }, () => '9'.repeat(40)),
      (texts) => texts.map(ApiDateTime.parse),
      400_000,
    );
    expectLinear(
      (n) => `<result><status>0</status><count>-0.${'1'.repeat(n)}e</count></result>`,
      (body) => decodeOpportunities(body, 'xml'),
      200_000,
    );
  });

  it('escaping and quoting server text for messages: control characters, quotes, long values', () => {
    expectLinear((n) => '\u001b\u202e'.repeat(n / 2), escapeControlCharacters, 100_000);
    expectLinear(
      (n) => '\u001b'.repeat(n),
      (t) => safeText(t, 40),
      1_000_000,
    );
    expectLinear((n) => '"\\'.repeat(n / 2), describeValue, 1_000_000);
  });

  // One opportunity whose creator's name is the pathological text, and other fields hostile too.
  const json = readFixture('documented.json');
  const xml = readFixture('documented.xml');
  const hostileJson = (n: number) =>
    json
      .replace('"Mike Zanyatski"', `"${ampsAndOneSemicolon(n)}"`)
      .replace('"Tadjeddine Bachir"', `"${'\\u001b'.repeat(n / 6)}"`)
      .replace(/"Created": "[^"]*"/, `"Created": "${'9'.repeat(n)}"`);
  const hostileXml = (n: number) =>
    xml
      .replace('>Mike Zanyatski<', `>${'&amp;'.repeat(n / 5)};<`)
      .replace('<ShareType>0</ShareType>', `<ShareType>${'1'.repeat(n)}</ShareType>`)
      .replace(/<Created>[^<]*<\/Created>/, `<Created>${'9'.repeat(n)}</Created>`);

  it('the whole decode, in JSON and in XML', () => {
    expect(decodeOpportunities(hostileJson(10), 'json')._tag).toBe('Left');
    expect(decodeOpportunities(hostileXml(10), 'xml')._tag).toBe('Left');
    expectLinear(hostileJson, (body) => decodeOpportunities(body, 'json'), 200_000);
    expectLinear(hostileXml, (body) => decodeOpportunities(body, 'xml'), 200_000);
    // The name alone, so that it decodes: the name table's path runs to the end.
    const nameOnly = (n: number) => json.replace('"Mike Zanyatski"', `"${ampsAndOneSemicolon(n)}"`);
    const decoded = decodeOpportunities(nameOnly(1000), 'json');
    expect(decoded._tag === 'Right' && decoded.right.items[0]!.createBy.displayName).toBe(
      ampsAndOneSemicolon(1000),
    );
    expectLinear(nameOnly, (body) => decodeOpportunities(body, 'json'), 200_000);
  });
});

describe('name tables find their own names only', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'the XML reader refuses `&%s;` as an entity it does not know',
    (name) => {
      expect(decodeReferences(`a&${name};b`)).toBeUndefined();
      const result = decodeOpportunities(
        `<result><status>0</status><response><Title>&${name};</Title></response></result>`,
        'xml',
      );
      expect(result._tag === 'Left' && result.left.kind === 'decode' && result.left.issues[0]!.kind).toBe(
        'syntax',
      );
      expect(result._tag === 'Left' && result.left.message).toContain(
        'an entity reference other than the five predefined ones',
      );
    },
  );

  it('HTML-decoding leaves `&constructor;` and friends as written', () => {
    expect(htmlDecode('&constructor;&toString;&__proto__;')).toBe('&constructor;&toString;&__proto__;');
  });
});

describe('options a JavaScript caller may get wrong', () => {
  const body = `${ENVELOPE_OPEN}1,2,3]}`;

  it.each([Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, '3', null])(
    'maxIssues %s is a RangeError before any work (NaN kept 2.2 million issues from 600 KB)',
    (maxIssues) => {
      const options = { maxIssues } as unknown as { maxIssues: number };
      expect(() => decodeOpportunities(body, 'json', options)).toThrow(
        new RangeError('maxIssues must be a positive integer'),
      );
      expect(() => decodeOpportunity(body, 'xml', options)).toThrow(RangeError);
      expect(() => decodeApiError(body, 'json', options)).toThrow(RangeError);
      expect(() => PageEnvelope.decode(7) && decodeOpportunities(body, 'json', options)).toThrow(RangeError);
    },
  );

  it('XML limits must be positive integers too (NaN would lift the depth bound)', () => {
    const options = { xml: { maxDepth: Number.NaN } };
    expect(() => decodeOpportunities('<result />', 'xml', options)).toThrow(
      new RangeError('xml.maxDepth must be a positive integer'),
    );
    expect(() => decodeOpportunities('<result />', 'xml', { xml: { maxLength: 0 } })).toThrow(RangeError);
    expect(decodeOpportunities(body, 'json', { maxIssues: 1 })._tag).toBe('Left');
  });
});

describe('a body too long to be one string', () => {
  it('is called too long, not "not valid UTF-8" (V8 strings stop at 2^29 - 24 code units)', () => {
    const bytes = new Uint8Array(2 ** 29).fill(0x61);
    const result = decodeUtf8(bytes);
    expect(result._tag === 'Left' && result.left.message).toBe(
      'the response does not match the contract (1 problem):\n(body): the body is too long to be one string (536870912 bytes)',
    );
    expect(
      decodeUtf8(new Uint8Array([0xff]))._tag === 'Left' && decodeUtf8(new Uint8Array([0xff])),
    ).toMatchObject({
      left: { issues: [{ message: 'not valid UTF-8' }] },
    });
  });
});

describe("the caller's secrets are never quoted, not even in part", () => {
  const TOKEN = 'a'.repeat(3) + 'Zt0k3n/with+chars=and-more-than-forty-characters-in-it';
  const secrets = [TOKEN, 'hunter2 pw'];
  const titled = (title: unknown) =>
    decodeOpportunities(`${ENVELOPE_OPEN}{"createBy":${JSON.stringify(title)}}]}`, 'json', { secrets });

  it.each([
    ['the token', TOKEN],
    ['the token URL-encoded', encodeURIComponent(TOKEN)],
    ['the token after a prefix, cut by the 40-character limit', `prefix ${TOKEN}`],
    ['the token starting at the cut', `${'x'.repeat(30)}${TOKEN}`],
    ['the password', 'user hunter2 pw'],
    ['the password URL-encoded', 'hunter2%20pw'],
  ])('%s in a wrongly typed field', (_, value) => {
    const result = titled(value);
    const failure = result._tag === 'Left' && result.left.kind === 'decode' ? result.left : undefined;
    expect(failure?.issues[0]?.message).toContain('[redacted]');
    const text = JSON.stringify(failure);
    for (const part of [TOKEN.slice(0, 8), TOKEN.slice(3, 11), 'hunter2']) expect(text).not.toContain(part);
  });

  it('an XML element named by a secret is not named in the failure', () => {
    const result = decodeOpportunities('<tok-abcdef1234/>', 'xml', { secrets: ['tok-abcdef1234'] });
    expect(result._tag === 'Left' && result.left.message).toContain('got <[redacted]>');
    expect(JSON.stringify(result)).not.toContain('abcdef');
  });

  it('redaction keeps a decode linear (a quoted value is cut before it is searched)', () => {
    expectLinear(
      (n) => `${'b'.repeat(n)}${TOKEN}`,
      (value) => describeValue(value, secrets),
      1_000_000,
    );
    expect(describeValue(`${'b'.repeat(100)}${TOKEN}`, secrets)).toBe(`"${'b'.repeat(40)}…"`);
  });
});
