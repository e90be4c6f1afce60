import { FILTER_ROUTE, type Route, type RouteParameter } from '@oo-crm/core';
import { PROBE_PARAMETER } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { FILTER_OPTIONS } from '../../src/filter-query.js';
import { requestUrl } from '../../src/request-url.js';

// Requests as data: a parameter added to core's route table is sent and checked by the client with
// no other edit than its option's name (route-options.test.ts asks for that one). The same probe
// is added in the portal's (apps/portal/test/aspnet/binders.test.ts), the OpenAPI document's
// (packages/openapi/test/new-parameter.test.ts) and the docs' (docs/test/reference.test.ts) tests.
const PROBE: RouteParameter = PROBE_PARAMETER;
const ROUTE: Route = { ...FILTER_ROUTE, parameters: [...FILTER_ROUTE.parameters, PROBE] };
const NAMES = { ...FILTER_OPTIONS, probe: 'probe' };
const BASE = new URL('https://portal.example/');

const url = (values: object) => requestUrl(BASE, ROUTE, 'json', NAMES, values);

describe('a parameter added to a copy of the route table', () => {
  it('is sent, in the table’s order, beside the others', () => {
    expect(url({ contactId: 12, probe: 7 }).href).toBe(
      'https://portal.example/api/2.0/crm/opportunity/filter?contactid=12&probe=7',
    );
  });

  it.each<[value: unknown, what: string]>([
    [0, 'below its minimum'],
    [11, 'above its maximum'],
    ['abc', 'not a number'],
  ])('is refused before any I/O when %s is %s, naming the option', (value) => {
    expect(() => url({ probe: value })).toThrow(InvalidArgumentError);
    expect(() => url({ probe: value })).toThrow(/^probe must be an integer from 1 to 10/);
  });

  it('is not sent by the route as the table has it', () => {
    expect(() => requestUrl(BASE, FILTER_ROUTE, 'json', NAMES, { probe: 7 })).toThrow(
      /filter takes no query parameter probe/,
    );
  });
});
