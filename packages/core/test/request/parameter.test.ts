import { describe, expect, it } from 'vitest';
import {
  byParameter,
  PARAMETER_TYPES,
  type ParameterHandlers,
  REQUEST_ROUTES,
  type RouteParameter,
} from '../../src/index.js';

const describeType: ParameterHandlers<string> = {
  integer: (p) => `integer ${p.minimum ?? ''}`,
  string: (p) => `string${p.repeated ? '[]' : ''}`,
  boolean: () => 'boolean',
  guid: () => 'guid',
  'date-time': () => 'date-time',
  enum: (p) => `enum ${(p.values ?? []).join('|')}`,
};

describe('byParameter', () => {
  it('calls the handler of the parameter type', () => {
    const read = byParameter(describeType);
    const p = (type: RouteParameter['type'], extra: Partial<RouteParameter> = {}): RouteParameter => ({
      name: 'x',
      in: 'query',
      type,
      doc: '',
      ...extra,
    });
    expect(read(p('integer', { minimum: 1 }))).toBe('integer 1');
    expect(read(p('string', { repeated: true }))).toBe('string[]');
    expect(read(p('enum', { values: ['a', 'b'] }))).toBe('enum a|b');
    expect(PARAMETER_TYPES.map((t) => read(p(t)).split(' ')[0])).toEqual([
      'integer',
      'string',
      'boolean',
      'guid',
      'date-time',
      'enum',
    ]);
  });

  it('refuses, when made, handlers missing a type (a reader in JavaScript)', () => {
    const { guid: _, ...missing } = describeType;
    expect(() => byParameter(missing as never)).toThrow('no handler for the parameter types guid');
  });

  it('refuses a parameter of a type it does not know, rather than returning undefined', () => {
    const read = byParameter(describeType);
    expect(() => read({ name: 'x', in: 'query', type: 'uuid' as never, doc: '' })).toThrow(TypeError);
  });

  it('handles every parameter of every route of the table', () => {
    const read = byParameter(describeType);
    for (const route of REQUEST_ROUTES) for (const p of route.parameters) expect(read(p)).toMatch(/^\w/);
  });
});

describe('the route table', () => {
  it.each(REQUEST_ROUTES.map((r) => [r.name, r] as const))(
    '%s: every {name} of the path is a path parameter, and every path parameter is in the path',
    (_, route) => {
      const inPath = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pathParameters = route.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(inPath).toEqual(pathParameters);
    },
  );

  it.each(REQUEST_ROUTES.map((r) => [r.name, r] as const))(
    '%s: its rules name its own query parameters, and each name is one parameter',
    (_, route) => {
      const query = new Set(route.parameters.filter((p) => p.in === 'query').map((p) => p.name));
      for (const rule of route.rules ?? []) {
        const names = rule.kind === 'together' ? [...rule.names] : [...rule.names, rule.needs];
        for (const name of names) expect(query).toContain(name);
      }
      const names = route.parameters.map((p) => `${p.in} ${p.name.toLowerCase()}`);
      expect(new Set(names).size).toBe(names.length);
    },
  );

  it('gives bounds only to integers and values only to enums', () => {
    for (const route of REQUEST_ROUTES) {
      for (const p of route.parameters) {
        if (p.type !== 'integer')
          expect([p.name, p.minimum, p.maximum]).toEqual([p.name, undefined, undefined]);
        expect([p.name, p.values !== undefined]).toEqual([p.name, p.type === 'enum']);
      }
    }
  });
});
