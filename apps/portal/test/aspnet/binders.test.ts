import {
  BY_ID_ROUTE,
  FILTER_ROUTE,
  PARAMETER_TYPES,
  type RequestRoute,
  type RouteParameter,
} from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import { BadParameter, bindArguments, bindParameter } from '../../src/aspnet/binders.js';
import { BEYOND_INT32, HRESULT, NOT_AN_INT32 } from '../../src/aspnet/dotnet.js';
import { isListParameter, type ListRequest, readListRequest } from '../../src/aspnet/list-pipeline.js';
import { readQuery } from '../../src/aspnet/query.js';
import { readFilterRequest } from '../../src/crm/filter-request.js';

const CONTEXT = { offsetMinutes: 180 };
const bind = (route: RequestRoute, query: string) =>
  bindArguments(route, { query: readQuery(`/x?${query}`) }, CONTEXT, (p) => isListParameter(p.name));

/** FILTER_ROUTE with one more parameter, as a change to core's table would add it. */
const withProbe = (probe: Partial<RouteParameter>): RequestRoute => ({
  ...FILTER_ROUTE,
  parameters: [
    ...FILTER_ROUTE.parameters,
    { name: 'probe', in: 'query', type: 'integer', doc: 'A probe.', unreadable: 400, ...probe },
  ],
});

describe("the .NET binders, one per parameter type of core's route table", () => {
  it("binds each of the filter handler's parameters by the table's names, names without case, and leaves the generic list parameters to the framework", () => {
    const args = bind(
      FILTER_ROUTE,
      'CONTACTID=+12&contactAlsoIsParticipant=TRUE&stagetype=closedandwon&opportunityStagesid=3' +
        '&responsibleid={93A3B9C0-3F6E-4D2A-9D63-1C2B3D4E5F60}&tags=a,b&tags[]=c&tags=%20&fromDate=2024-03-01' +
        '&toDate=2024-03-01T09:00:00.0000000%2B03:00&count=zz&sortBy=title',
    );
    expect(args).toEqual(
      new Map<string, unknown>([
        ['contactid', 12],
        ['contactAlsoIsParticipant', true],
        ['stageType', 1],
        ['opportunityStagesid', 3],
        ['responsibleid', '93a3b9c0-3f6e-4d2a-9d63-1c2b3d4e5f60'],
        ['tags', ['a,b', 'c']],
        ['fromDate', Date.UTC(2024, 2, 1) - 180 * 60_000],
        ['toDate', Date.UTC(2024, 2, 1, 6)],
      ]),
    );
  });

  it('answers the 400 of the first parameter, in the table, it cannot read', () => {
    expect(bind(FILTER_ROUTE, 'contactid=abc')).toEqual(new BadParameter(NOT_AN_INT32, HRESULT.format));
    expect(bind(FILTER_ROUTE, 'opportunityStagesid=2147483648')).toEqual(
      new BadParameter(BEYOND_INT32, HRESULT.overflow),
    );
    expect(bind(FILTER_ROUTE, 'stageType=nope')).toEqual(
      new BadParameter("Requested value 'nope' was not found.", HRESULT.argument),
    );
  });

  it("reads outside the table's bounds as not given where the server is laxer, else a 400", () => {
    expect(
      (bind(FILTER_ROUTE, 'opportunityStagesid=2147483647') as Map<string, unknown>).get(
        'opportunityStagesid',
      ),
    ).toBeUndefined();
    expect((bind(FILTER_ROUTE, 'contactid=0') as Map<string, unknown>).get('contactid')).toBeUndefined();
    const id = BY_ID_ROUTE.parameters[0]!;
    expect(bindParameter(id, ['0'], CONTEXT)).toEqual(
      new BadParameter('Value does not fall within the expected range.', HRESULT.argument),
    );
  });

  it("binds a parameter the table gains, with the table's reading of a text it cannot read", () => {
    expect((bind(withProbe({}), 'probe=7') as Map<string, unknown>).get('probe')).toBe(7);
    expect(bind(withProbe({}), 'probe=abc')).toEqual(new BadParameter(NOT_AN_INT32, HRESULT.format));
    const ignored = bind(withProbe({ unreadable: 'ignored' }), 'probe=abc') as Map<string, unknown>;
    expect(ignored.has('probe')).toBe(true);
    expect(ignored.get('probe')).toBeUndefined();
  });

  it("gives the filter route's request the 400 the table says for the parameter it gained, and the same search otherwise", () => {
    const route = withProbe({ minimum: 1, maximum: 10 });
    const read = (query: string) => {
      const q = readQuery(`/x?${query}`);
      return readFilterRequest(q, readListRequest(q) as ListRequest, CONTEXT.offsetMinutes, route);
    };
    expect(read('contactid=3&probe=abc')).toEqual(new BadParameter(NOT_AN_INT32, HRESULT.format));
    expect(read('contactid=3&probe=11')).toEqual(
      new BadParameter('Value does not fall within the expected range.', HRESULT.argument),
    );
    const plain = readQuery('/x?contactid=3&sortBy=bidValue');
    expect(read('contactid=3&sortBy=bidValue&probe=7')).toEqual(
      readFilterRequest(plain, readListRequest(plain) as ListRequest, CONTEXT.offsetMinutes),
    );
  });

  it('reads a blank sortBy as none (by stage, ascending), a number naming no member as the default load order', () => {
    const order = (query: string) => {
      const q = readQuery(`/x?${query}`);
      const read = readFilterRequest(q, readListRequest(q) as ListRequest, CONTEXT.offsetMinutes);
      return read instanceof BadParameter ? read : read.order;
    };
    expect(order('sortBy=%20&sortOrder=descending')).toEqual({ key: 'stage', ascending: true });
    expect(order('sortBy=BIDVALUE&sortOrder=descending')).toEqual({ key: 'bidvalue', ascending: false });
    expect(order('sortBy=4')).toEqual({ key: 'dateandtime', ascending: true });
    expect(order('sortBy=9')).toBe('load');
    expect(order('sortBy=stage.title')).toBeUndefined();
  });

  it('fails loudly on a parameter type no binder reads', () => {
    const odd = { name: 'odd', in: 'query', type: 'decimal', doc: '' } as unknown as RouteParameter;
    expect(() => bindParameter(odd, ['1'], CONTEXT)).toThrow(/no handler for the parameter type decimal/);
    // Every type of the table has one: binding each of them does not throw.
    for (const type of PARAMETER_TYPES) {
      expect(() => bindParameter({ name: 'p', in: 'query', type, doc: '' }, ['1'], CONTEXT)).not.toThrow();
    }
  });
});
