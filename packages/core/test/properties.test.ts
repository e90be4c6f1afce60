import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  decodeOpportunities,
  encodeOpportunities,
  Opportunity,
  type OpportunityPage,
  PageEnvelope,
  writeWire,
} from '../src/index.js';
import { pathText } from '../src/report/issue.js';
import { runDecoder } from '../src/schema/decoder.js';
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

  it('a list item written alone (under `response` in XML) is its text inside the page', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('json' as const, 'xml' as const), (p, format) => {
        const items = p.items.map((o) => writeWire(Opportunity.encode(o), format, 'response'));
        expect(encodeOpportunities(p, format)).toContain(items.join(format === 'json' ? ',' : ''));
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

describe('the generated decoder, the interpreted one (strict CSPs) and the io-ts face agree', () => {
  const agree = (wire: unknown) => {
    const generated = runDecoder(PageEnvelope, wire, { maxIssues: 1000 });
    const interpreted = runDecoder(PageEnvelope, wire, { maxIssues: 1000, mode: 'interpreted' });
    expect(generated.ok).toBe(interpreted.ok);
    if (generated.ok && interpreted.ok) {
      // The same value, keys in the same order.
      expect(interpreted.value).toStrictEqual(generated.value);
      expect(Object.keys(interpreted.value as object)).toEqual(Object.keys(generated.value as object));
    } else if (!generated.ok && !interpreted.ok) {
      expect(interpreted.issues.issues).toEqual(generated.issues.issues);
      expect(interpreted.issues.count).toBe(generated.issues.count);
      expect(generated.issues.count).toBeGreaterThan(0);
    }
    const viaIoTs = PageEnvelope.decode(wire);
    if (!generated.ok) {
      expect(viaIoTs._tag).toBe('Left');
      if (viaIoTs._tag === 'Left') {
        expect(viaIoTs.left.map((e) => e.message)).toEqual(
          generated.issues.issues.map((i) => `${pathText(i.path) || '(value)'}: ${i.message}`),
        );
      }
    } else expect(right(viaIoTs)).toStrictEqual(generated.value);
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

describe('the input', () => {
  it("a caller's wire value is never touched; a decode's own lists become the decoded lists", () => {
    fc.assert(
      fc.property(page, (p) => {
        const wire = PageEnvelope.encode(p);
        const copy = structuredClone(wire);
        PageEnvelope.decode(wire);
        decodeEnvelope(wire);
        expect(wire).toEqual(copy);
        const own = structuredClone(wire) as { response: unknown[] };
        const outcome = runDecoder<OpportunityPage>(PageEnvelope, own, { ownsInput: true });
        expect(outcome.ok && outcome.value.items).toBe(own.response);
        expect(outcome.ok && outcome.value).toStrictEqual(right(PageEnvelope.decode(wire)));
      }),
      { numRuns: 30 },
    );
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
