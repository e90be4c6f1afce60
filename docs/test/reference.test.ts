import { readFileSync } from 'node:fs';
import { BYCONTACT_ROUTE } from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import { ERRORS_FILE, renderErrorsTable, withErrorsTable } from '../tools/errors-table.mjs';
import { REAL_SERVER_FILE, renderListParameters, withListParameters } from '../tools/list-parameters.mjs';
import { OPENAPI_FILE, renderOpenApi } from '../tools/openapi.mjs';
import { renderReference } from '../tools/reference.mjs';

describe('the endpoint reference', () => {
  it('is what the codecs say now (run `pnpm run docs` after changing them)', () => {
    expect(readFileSync(new URL('../reference.md', import.meta.url), 'utf8')).toBe(renderReference());
  });

  it('covers every field of the opportunity', () => {
    const text = renderReference();
    for (const field of [
      'createBy',
      'bidType',
      'perPeriodValue',
      'actualCloseDate',
      'accessList',
      'customFields',
    ]) {
      expect(text).toContain(`| \`${field}\` |`);
    }
  });
});

describe('the OpenAPI document', () => {
  it('is what the codecs say now (run `pnpm run docs` after changing them)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });
});

describe("docs/real-server.md's list-parameter table", () => {
  it('is what the route table says now (run `pnpm run docs` after changing it)', () => {
    const text = readFileSync(REAL_SERVER_FILE, 'utf8');
    expect(withListParameters(text)).toBe(text);
  });

  // Requests as data: a parameter added to core's route table gets its row with no other edit
  // (the client's, the portal's and the OpenAPI document's tests add the same probe).
  it('has a row for a parameter added to a copy of the route table, with its meaning', () => {
    const route = {
      ...BYCONTACT_ROUTE,
      parameters: [
        ...BYCONTACT_ROUTE.parameters,
        { name: 'probe', in: 'query', type: 'integer', doc: 'A parameter the table gained.' } as const,
      ],
    };
    const rows = renderListParameters(route).split('\n');
    expect(rows).toContain('| `probe` | A parameter the table gained. |');
    expect(rows.length).toBe(renderListParameters().split('\n').length + 1);
  });

  it("has a row for each of bycontact's query parameters and each name the client never sends", () => {
    const rows = renderListParameters()
      .split('\n')
      .slice(2)
      .map((row) => row.split(' | ')[0]);
    expect(rows).toEqual(
      [
        'count',
        'startIndex',
        'sortBy',
        'sortOrder',
        'filterBy',
        'filterOp',
        'filterValue',
        'updatedSince',
        'type',
        'fields',
      ].map((name) => `| \`${name}\``),
    );
  });

  it('refuses a document without its markers rather than leaving a stale table', () => {
    expect(() => withListParameters('# no table here')).toThrow('has no');
  });
});

describe("docs/errors.md's table", () => {
  it("is what the client's error catalogue says now (run `pnpm run docs` after changing it)", () => {
    const text = readFileSync(ERRORS_FILE, 'utf8');
    expect(withErrorsTable(text)).toBe(text);
  });

  it('has a row per error class with its exit code', () => {
    const rows = renderErrorsTable().split('\n').slice(2);
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatch(/^\| `InvalidArgumentError` \| `INVALID_ARGUMENT` \| .* \| 2 \|$/);
  });
});
