import { FILTER_ROUTE, OPPORTUNITY_ROUTES, type Route, type RouteParameter } from '@oo-crm/core';
import { PROBE_PARAMETER } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/document.js';

// Requests as data: a parameter added to core's route table appears in the OpenAPI document with
// no other edit (the client's, the portal's and the docs' tests add the same probe).
const PROBE: RouteParameter = PROBE_PARAMETER;
const ROUTES: ReadonlyArray<Route> = OPPORTUNITY_ROUTES.map((route) =>
  route === FILTER_ROUTE ? { ...route, parameters: [...route.parameters, PROBE] } : route,
);

/** The parts of the document read here. */
interface Document {
  readonly components: { readonly parameters: Readonly<Record<string, unknown>> };
  readonly paths: Readonly<
    Record<string, { readonly get: { readonly parameters: ReadonlyArray<{ $ref: string }> } }>
  >;
}
const documentOf = (routes?: ReadonlyArray<Route>) => openApiDocument('0.0.0', routes) as unknown as Document;

describe('a parameter added to a copy of the route table', () => {
  const document = documentOf(ROUTES);

  it('is a parameter component with its type, bounds and meaning', () => {
    expect(document.components.parameters['Probe']).toEqual({
      name: 'probe',
      in: 'query',
      description: 'A parameter the table gained.',
      schema: { type: 'integer', minimum: 1, maximum: 10 },
    });
  });

  it("is a parameter of the route's operations, JSON and XML, and of no other", () => {
    const refs = (path: string) => (document.paths[path]?.get.parameters ?? []).map((p) => p.$ref);
    for (const path of [`/${FILTER_ROUTE.path}`, `/${FILTER_ROUTE.path}.xml`]) {
      expect(refs(path)).toContain('#/components/parameters/Probe');
    }
    const others = Object.keys(document.paths).filter((p) => p.includes('bycontact'));
    expect(others.length).toBe(2);
    for (const path of others) expect(refs(path)).not.toContain('#/components/parameters/Probe');
  });

  it('is absent from the document of the table as it is', () => {
    expect(documentOf().components.parameters['Probe']).toBeUndefined();
  });
});
