import { BY_ID_ROUTE, BYCONTACT_ROUTE, FILTER_ROUTE, type Route } from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import { BYCONTACT_OPTIONS, CONTACT_ID, OPPORTUNITY_ID } from '../../src/endpoint.js';
import { FILTER_OPTIONS } from '../../src/filter-query.js';

// A parameter added to core's route table fails here until the client gives it an option: the
// client's option names are the one place that maps them, every check comes from the table.
describe("the client's options cover the route table", () => {
  it.each<[string, Route, Readonly<Record<string, string>>]>([
    ['bycontact', BYCONTACT_ROUTE, { ...BYCONTACT_OPTIONS, ...CONTACT_ID }],
    ['byId', BY_ID_ROUTE, OPPORTUNITY_ID],
    ['filter', FILTER_ROUTE, FILTER_OPTIONS],
  ])('%s: one option per parameter, and per name the route refuses', (_, route, options) => {
    const parameters = [
      ...route.parameters.map((p) => p.name),
      ...(route.ignored ?? []).map((i) => i.name).filter((name) => Object.values(options).includes(name)),
    ];
    expect([...Object.values(options)].sort()).toEqual([...parameters].sort());
  });
});
