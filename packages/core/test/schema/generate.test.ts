import { readFixture } from '@oo-crm/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeOpportunities } from '../../src/index.js';
import { generated } from '../../src/schema/generate.js';
import { builderOf } from '../../src/xml/plan.js';

const BODY = { json: readFixture('server-deals.json'), xml: readFixture('server-deals.xml') };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('code generation (schema/generate.ts)', () => {
  it('makes the function its text says, with its constants bound', () => {
    const add = generated<(x: number) => number>(['K'], 'return function add(x) { return x + K; };', [2]);
    expect(add?.(40)).toBe(42);
  });

  it('throws a bug in the generated text instead of falling back to the interpreted twin', () => {
    expect(() => generated(['K'], 'return function (x) { return x +; };', [2])).toThrow(SyntaxError);
  });

  it("the XML plan's record builder makes the same record both ways", () => {
    const wires = ['id', 'title', 'constructor', '__proto__'];
    const values = [1, 'Hotel', 'c', 'p'];
    const made = builderOf(wires)(values);
    const interpreted = builderOf(wires, 'interpreted')(values);
    expect(Object.keys(made)).toEqual(['id', 'title', 'constructor']);
    expect(interpreted).toStrictEqual(made);
  });
});

describe('where a Content-Security-Policy forbids generated code (new Function throws EvalError)', () => {
  it('decodes the same values, JSON and XML, through the interpreted plans', async () => {
    const expected = {
      json: decodeOpportunities(BODY.json, 'json'),
      xml: decodeOpportunities(BODY.xml, 'xml'),
    };
    let refused = 0;
    vi.stubGlobal(
      'Function',
      class ForbiddenFunction {
        constructor() {
          refused++;
          throw new EvalError(
            "Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed",
          );
        }
      },
    );
    vi.resetModules();
    const fresh = await import('../../src/index.js');
    const json = fresh.decodeOpportunities(BODY.json, 'json');
    const xml = fresh.decodeOpportunities(BODY.xml, 'xml');
    expect(refused).toBe(1); // asked once: a refusal is remembered
    // Equal values (their classes are the fresh module's own, so not the same prototypes).
    expect(JSON.stringify(json)).toBe(JSON.stringify(expected.json));
    expect(JSON.stringify(xml)).toBe(JSON.stringify(expected.xml));
    expect(json).toEqual(expected.json);
    expect(json._tag).toBe('Right');
  });
});
