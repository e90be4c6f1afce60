import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOpportunities, MAX_COLLECTED_ISSUES, Opportunity, PageEnvelope } from '../src/index.js';

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
