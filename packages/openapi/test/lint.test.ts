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

  it('describes each route once per format, with descriptive operation ids, and the login', () => {
    const operations = Object.entries(DOCUMENT.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId: string }>).map(
        ([method, op]) => `${method} ${path} ${op.operationId}`,
      ),
    );
    expect(operations).toEqual([
      'get /api/2.0/crm/opportunity/bycontact/{contactid} listContactOpportunities',
      'get /api/2.0/crm/opportunity/bycontact/{contactid}.xml listContactOpportunitiesXml',
      'get /api/2.0/crm/opportunity/{opportunityid} getOpportunity',
      'get /api/2.0/crm/opportunity/{opportunityid}.xml getOpportunityXml',
      'get /api/2.0/crm/opportunity/filter searchOpportunities',
      'get /api/2.0/crm/opportunity/filter.xml searchOpportunitiesXml',
      'post /api/2.0/authentication logIn',
      'post /api/2.0/authentication/{code} logInWithCode',
    ]);
    // The `.json` suffix is an alias, said on the plain operation.
    expect(DOCUMENT.paths['/api/2.0/crm/opportunity/filter'].get.description).toContain(
      '`/api/2.0/crm/opportunity/filter.json` (the `.json` suffix is an alias)',
    );
  });

  it('types XML answers as text, with the recipe to read them', () => {
    const xml = DOCUMENT.paths['/api/2.0/crm/opportunity/filter.xml'].get;
    expect(xml.responses['200'].content['text/xml'].schema.type).toBe('string');
    expect(xml.responses['404']).toBeUndefined();
    expect(
      DOCUMENT.paths['/api/2.0/crm/opportunity/{opportunityid}.xml'].get.responses['404'].content,
    ).toEqual({
      'text/xml': expect.objectContaining({ schema: expect.objectContaining({ type: 'string' }) }),
    });
    expect(xml.description).toContain("parseAs: 'text'");
    expect(xml.description).toContain("decodeOpportunities(text, 'xml')");
  });

  it('shares parameters as components, each enum of values named once', () => {
    const { parameters, schemas } = DOCUMENT.components;
    const refs = Object.values(DOCUMENT.paths).flatMap((item) =>
      Object.values(item as Record<string, { parameters: unknown[] }>).flatMap((op) => op.parameters),
    );
    // Every operation's parameter is a reference to a component, and every component is used.
    expect(refs.every((p) => typeof (p as { $ref?: unknown }).$ref === 'string')).toBe(true);
    const used = new Set(refs.map((p) => (p as { $ref: string }).$ref.split('/').at(-1)));
    expect([...used].sort()).toEqual(Object.keys(parameters).sort());
    expect(parameters.SortOrder.schema).toEqual({ $ref: '#/components/schemas/SortOrder' });
    expect(parameters.StageType.schema).toEqual({ $ref: '#/components/schemas/StageTypeName' });
    // No enum is written inline anywhere: each is one named schema.
    const inlineEnums = JSON.stringify({ paths: DOCUMENT.paths, parameters }).match(/"enum":/g) ?? [];
    expect(inlineEnums).toEqual([]);
    const named = Object.entries(schemas as Record<string, { enum?: unknown[] }>).filter(([, s]) => s.enum);
    expect(named.map(([name]) => name)).toEqual([
      'ShareType',
      'BidType',
      'StageType',
      'CustomFieldType',
      'SortOrder',
      'FilterOp',
      'StageTypeName',
      'SortBy',
    ]);
  });

  it('describes 429 and the 5xx the client retries on every data route', () => {
    for (const [path, item] of Object.entries(DOCUMENT.paths)) {
      if (!path.includes('/crm/')) continue;
      const { responses } = (item as { get: { responses: Record<string, { $ref?: string }> } }).get;
      expect(responses['429']?.$ref, path).toBe('#/components/responses/TooManyRequests');
      expect(responses['500']?.$ref, path).toMatch(/^#\/components\/responses\/ServerError(Xml)?$/);
      expect(responses['5XX']?.$ref, path).toBe('#/components/responses/Unavailable');
    }
    const { TooManyRequests, Unavailable } = DOCUMENT.components.responses;
    expect(TooManyRequests.headers['Retry-After']).toBeDefined();
    expect(Unavailable.description).toMatch(/502, 503 or 504/);
  });

  it('gives a type to every const, and the one deal its count of exactly 1', () => {
    const consts: unknown[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ('const' in node) consts.push(node);
        Object.values(node).forEach(walk);
      }
    };
    walk(DOCUMENT);
    expect(consts.length).toBeGreaterThan(4);
    expect(consts.filter((c) => typeof (c as { type?: unknown }).type !== 'string')).toEqual([]);
    expect(DOCUMENT.components.schemas.ItemEnvelope.properties.count).toMatchObject({
      type: 'integer',
      const: 1,
    });
  });

  it('has a server variable for a path prefix', () => {
    const [server] = DOCUMENT.servers;
    expect(server.url).toBe('https://{portal}{prefix}');
    expect(server.variables.prefix.default).toBe('');
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
    // Integers as the format tools show, not as ±2^53 bounds shown as the sample of every id.
    expect(deal.properties.id).toMatchObject({ type: 'integer', format: 'int64' });
    expect(JSON.stringify(DOCUMENT)).not.toContain('9007199254740991');
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
