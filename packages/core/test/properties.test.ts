import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOpportunities, encodeOpportunities, Opportunity, PageEnvelope } from '../src/index.js';
import { IssueCollector } from '../src/report/collector.js';
import { explain, pathOf, type Where } from '../src/schema/explain.js';
import { fastDecoder, MISMATCH } from '../src/schema/fast-decoder.js';
import { opportunity, page } from './arbitraries.js';

const right = <A>(e: { _tag: string; right?: A; left?: unknown }): A => {
  if (e._tag !== 'Right') throw new Error(`expected Right, got ${JSON.stringify(e.left)}`);
  return e.right as A;
};

describe('round trip', () => {
  it('decode ∘ encode = id in JSON', () => {
    fc.assert(
      fc.property(page, (p) => {
        expect(right(decodeOpportunities(encodeOpportunities(p, 'json'), 'json'))).toEqual(p);
      }),
    );
  });

  it('decode ∘ encode = id in XML', () => {
    fc.assert(
      fc.property(page, (p) => {
        expect(right(decodeOpportunities(encodeOpportunities(p, 'xml'), 'xml'))).toEqual(p);
      }),
    );
  });

  it('JSON and XML of the same page decode to deep-equal values (0, 1 and many items per list)', () => {
    fc.assert(
      fc.property(page, (p) => {
        expect(right(decodeOpportunities(encodeOpportunities(p, 'xml'), 'xml'))).toEqual(
          right(decodeOpportunities(encodeOpportunities(p, 'json'), 'json')),
        );
      }),
    );
  });

  it('the io-ts guard accepts every generated opportunity', () => {
    fc.assert(
      fc.property(opportunity, (o) => {
        expect(Opportunity.is(o)).toBe(true);
      }),
    );
  });
});

/** Replaces the value at one path of a JSON value by another. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = choices as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = choice % value.length;
    return value.map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[choice % keys.length]!;
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

describe('the compiled decoder, its explanation and the io-ts face agree', () => {
  const fast = fastDecoder(PageEnvelope);
  const agree = (wire: unknown) => {
    const viaFast = fast(wire);
    const issues = new IssueCollector<Where>((w) => pathOf(w));
    explain(PageEnvelope, wire, issues, undefined);
    // Refused exactly when the explanation finds something to say.
    expect(issues.count > 0).toBe(viaFast === MISMATCH);
    const viaIoTs = PageEnvelope.decode(wire);
    if (viaFast === MISMATCH) expect(viaIoTs._tag).toBe('Left');
    else expect(right(viaIoTs)).toEqual(viaFast);
  };

  it('on valid wire values', () => {
    fc.assert(
      fc.property(page, (p) => {
        agree(PageEnvelope.encode(p));
      }),
    );
  });

  it('on wire values with one part replaced', () => {
    fc.assert(
      fc.property(
        page,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(fc.jsonValue(), fc.constantFrom(-1, 7, 1.5, 2 ** 53, '2024-02-30T00:00:00.0000000Z', null)),
        (p, path, replacement) => {
          agree(mutate(PageEnvelope.encode(p), path, replacement));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), agree));
  });
});

describe('hostile or random input', () => {
  it('decoding arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
        expect(() => decodeOpportunities(s, 'json')).not.toThrow();
        expect(() => decodeOpportunities(s, 'xml')).not.toThrow();
      }),
    );
  });

  it('__proto__ and constructor keys reach no prototype and no output', () => {
    const body = JSON.stringify({ status: 0, response: [] }).replace(
      '{',
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},',
    );
    const decoded = right(decodeOpportunities(body, 'json'));
    expect(decoded).toEqual({ items: [] });
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('100,000-deep input gives a Left, not a stack overflow', () => {
    const deep = `{"status":0,"response":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const result = decodeOpportunities(deep, 'json');
    expect(result._tag).toBe('Left');
  });
});
