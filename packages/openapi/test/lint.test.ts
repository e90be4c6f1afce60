// The document checked by tools no one here wrote: Redocly's linter with its recommended rules,
// and an independent OpenAPI 3.1 schema validator.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { DOCUMENT, DOCUMENT_FILE } from './document.js';

const require = createRequire(import.meta.url);

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number };
  readonly problems: ReadonlyArray<{
    readonly ruleId: string;
    readonly severity: string;
    readonly location: ReadonlyArray<{ readonly pointer: string }>;
  }>;
}

function redoclyLint(): LintReport {
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const run = spawnSync(
    process.execPath,
    [cli, 'lint', DOCUMENT_FILE, '--extends', 'recommended', '--format', 'json'],
    {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  return JSON.parse(run.stdout) as LintReport;
}

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules with no error", () => {
    const report = redoclyLint();
    expect(report.totals.errors).toBe(0);
    // The only warnings: the login has no 4xx answer, because the real server answers a failed
    // login with HTTP 500 (its error envelope), never 401.
    expect(report.problems.map((p) => [p.ruleId, p.severity, p.location[0]?.pointer])).toEqual([
      ['operation-4xx-response', 'warn', '#/paths/~1api~12.0~1authentication/post/responses'],
      ['operation-4xx-response', 'warn', '#/paths/~1api~12.0~1authentication~1{code}/post/responses'],
    ]);
  });

  it('is a valid OpenAPI 3.1 document for an independent validator', async () => {
    const result = await new Validator().validate(DOCUMENT);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(DOCUMENT.openapi).toBe('3.1.0');
  });

  it('describes the three routes in their suffix forms, and the login', () => {
    expect(Object.keys(DOCUMENT.paths)).toEqual([
      '/api/2.0/crm/opportunity/bycontact/{contactid}',
      '/api/2.0/crm/opportunity/bycontact/{contactid}.json',
      '/api/2.0/crm/opportunity/bycontact/{contactid}.xml',
      '/api/2.0/crm/opportunity/{opportunityid}',
      '/api/2.0/crm/opportunity/{opportunityid}.json',
      '/api/2.0/crm/opportunity/{opportunityid}.xml',
      '/api/2.0/crm/opportunity/filter',
      '/api/2.0/crm/opportunity/filter.json',
      '/api/2.0/crm/opportunity/filter.xml',
      '/api/2.0/authentication',
      '/api/2.0/authentication/{code}',
    ]);
    const xml = DOCUMENT.paths['/api/2.0/crm/opportunity/filter.xml'].get.responses['200'].content;
    expect(Object.keys(xml)).toEqual(['text/xml']);
    expect(xml['text/xml'].schema.xml).toEqual({ name: 'result' });
  });

  it('writes the wire forms: enums as numbers with their names, optional defaults, the date pattern', () => {
    const { schemas } = DOCUMENT.components;
    expect(schemas.StageType).toMatchObject({
      type: 'integer',
      enum: [0, 1, 2],
      'x-enum-varnames': ['Open', 'ClosedAndWon', 'ClosedAndLost'],
    });
    const deal = schemas.Opportunity;
    expect(deal.required).toContain('title');
    expect(deal.required).not.toContain('bidType');
    expect(deal.properties.bidValue.type).toBe('number');
    expect(deal.properties.created.pattern).toBe(
      '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}(Z|[+-]\\d{2}:\\d{2})$',
    );
    expect(deal.properties.expectedCloseDate.description).toContain('0001-01-01T00:00:00.0000000Z');
    expect(schemas.OpportunityById.required).toContain('accessList');
    expect(DOCUMENT.components.securitySchemes.token).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
  });
});
