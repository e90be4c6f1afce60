import { describe, expect, it } from 'vitest';
import * as client from '../../src/index.js';

type ErrorClass = new (message: string, ...rest: never[]) => client.OoCrmError;

/** An instance of each concrete error class the package exports. */
const instances = Object.entries(client)
  .filter(([, v]) => typeof v === 'function' && v.prototype instanceof client.OoCrmError)
  .flatMap(([name, Class]) => {
    try {
      return [[name, new (Class as ErrorClass)('m', ...([[], [], []] as never[]))] as const];
    } catch {
      return []; // an abstract class (RetryAfterError) cannot be made
    }
  })
  .filter(([, e]) => typeof e.code === 'string');

describe('the error catalogue', () => {
  it('has one entry per error class, by its code and class name', () => {
    const byClass = Object.fromEntries(instances.map(([name, e]) => [name, e.code]));
    const catalogued = Object.fromEntries(
      Object.entries(client.ERROR_CATALOGUE).map(([code, entry]) => [entry.className, code]),
    );
    expect(byClass).toEqual(catalogued);
  });

  it('gives every code an exit code of the CLI that is not 0 and says when and what to do', () => {
    for (const entry of Object.values(client.ERROR_CATALOGUE)) {
      expect([2, 3, 4, 5]).toContain(entry.exit);
      expect(entry.when.length).toBeGreaterThan(10);
      expect(entry.todo.length).toBeGreaterThan(0);
    }
  });
});
