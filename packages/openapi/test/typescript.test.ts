// The document as teams that do not use io-ts would use it: openapi-typescript writes types from it,
// an openapi-fetch client built on them type-checks (and a wrong use does not), and that client
// reads the reference portal over real HTTP to the same values as the core's decode.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeOpportunities, decodeOpportunity, encodeOpportunities, encodeOpportunity } from '@oo-crm/core';
import { type RunningPortal, startPortal, TWO_FACTOR_USER } from '@oo-crm/portal';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT, DOCUMENT_FILE } from './document.js';

const require = createRequire(import.meta.url);
const DIR = new URL('../.generated/', import.meta.url);

// A reader written as a team would write it, against the generated `paths`: every operation,
// the XML ones read as text (`parseAs: 'text'`), as their description says.
const READER = `import createClient from 'openapi-fetch';
import type { paths } from './crm.js';

export async function read(baseUrl: string, token: string) {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: token } });
  const list = await client.GET('/api/2.0/crm/opportunity/bycontact/{contactid}', {
    params: { path: { contactid: 101 } },
  });
  if (list.error || !list.data) throw new Error('bycontact failed');
  const titles: string[] = list.data.response.map((deal) => deal.title);
  const first = list.data.response[0];
  if (!first) throw new Error('no deal');
  const one = await client.GET('/api/2.0/crm/opportunity/{opportunityid}', {
    params: { path: { opportunityid: first.id } },
  });
  const found = await client.GET('/api/2.0/crm/opportunity/filter', {
    params: { query: { stageType: 'ClosedAndWon', sortBy: 'bidValue', sortOrder: 'descending', count: 5 } },
  });
  const missing = await client.GET('/api/2.0/crm/opportunity/{opportunityid}', {
    params: { path: { opportunityid: 987654 } },
  });
  // An error is the envelope, or the 401's plain text.
  const message = typeof missing.error === 'object' ? missing.error.error.message : missing.error;
  // The XML forms are text, to decode with @oo-crm/core.
  const listXml: string | undefined = (
    await client.GET('/api/2.0/crm/opportunity/bycontact/{contactid}.xml', {
      params: { path: { contactid: 101 } },
      parseAs: 'text',
    })
  ).data;
  const oneXml: string | undefined = (
    await client.GET('/api/2.0/crm/opportunity/{opportunityid}.xml', {
      params: { path: { opportunityid: first.id } },
      parseAs: 'text',
    })
  ).data;
  const foundXml: string | undefined = (
    await client.GET('/api/2.0/crm/opportunity/filter.xml', {
      params: { query: { stageType: 'ClosedAndWon', sortBy: 'bidValue', sortOrder: 'descending', count: 5 } },
      parseAs: 'text',
    })
  ).data;
  return { list: list.data, titles, one: one.data, found: found.data, message, listXml, oneXml, foundXml };
}

/** The two steps of a login with a second factor. */
export async function logIn(baseUrl: string, userName: string, password: string, code: string) {
  const client = createClient<paths>({ baseUrl });
  const first = await client.POST('/api/2.0/authentication', { body: { userName, password } });
  const demand: boolean | undefined = first.data?.response.tfa;
  const second = await client.POST('/api/2.0/authentication/{code}', {
    params: { path: { code } },
    body: { userName, password },
  });
  const token: string | undefined = second.data?.response.token;
  const wrong = await client.POST('/api/2.0/authentication', { body: { userName, password: 'wrong' } });
  return { demand, token, failure: wrong.error?.error.message };
}
`;

// The same client used wrongly: each line must be a type error.
const MISUSE = `import createClient from 'openapi-fetch';
import type { paths } from './crm.js';

export async function misuse() {
  const client = createClient<paths>({ baseUrl: 'https://example.onlyoffice.com' });
  const list = await client.GET('/api/2.0/crm/opportunity/bycontact/{contactid}', {
    params: { path: { contactid: 'one' } },
  });
  const n: number = list.data?.response[0]?.title ?? 0;
  await client.GET('/api/2.0/crm/opportunity/filter', { params: { query: { stageType: 'Won' } } });
  return n;
}
`;

function typeCheck(file: string): string {
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(
    process.execPath,
    [
      tsc,
      '--ignoreConfig',
      '--noEmit',
      '--strict',
      '--target',
      'ES2022',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--skipLibCheck',
      '--lib',
      'ES2022,DOM',
      fileURLToPath(new URL(file, DIR)),
    ],
    { encoding: 'utf8' },
  );
  return run.stdout + run.stderr;
}

let portal: RunningPortal;
beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // A package.json that makes the folder ESM, as the reader's own project would be.
  writeFileSync(new URL('package.json', DIR), '{ "type": "module" }\n');
  writeFileSync(new URL('crm.d.ts', DIR), astToString(await openapiTS(pathToFileURL(DOCUMENT_FILE))));
  writeFileSync(new URL('read.ts', DIR), READER);
  writeFileSync(new URL('misuse.ts', DIR), MISUSE);
  const js = ts.transpileModule(READER, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(new URL('read.js', DIR), js);
  portal = await startPortal();
});
afterAll(() => portal?.close());

describe('openapi-typescript and openapi-fetch on the document', () => {
  it('the reader type-checks against the generated types', () => {
    expect(typeCheck('read.ts')).toBe('');
  });

  it('a wrong use does not: a text id, a title read as a number, a stage type that is not one', () => {
    const out = typeCheck('misuse.ts');
    expect(out).toMatch(
      /misuse\.ts\(7,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    expect(out).toMatch(
      /misuse\.ts\(9,\d+\): error TS2322: Type 'string \| 0' is not assignable to type 'number'/,
    );
    expect(out).toMatch(/misuse\.ts\(10,\d+\): error TS2322: Type '"Won"' is not assignable/);
    expect(out.match(/error TS/g)).toHaveLength(3);
  });

  it('reads the portal over real HTTP to the same values as the core decodes', async () => {
    const login = await fetch(`${portal.url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(portal.admin),
    });
    const { token } = ((await login.json()) as { response: { token: string } }).response;
    const { read } = (await import(new URL('read.js', DIR).href)) as {
      read: (baseUrl: string, token: string) => Promise<Record<string, unknown>>;
    };
    const got = await read(portal.url, token);
    const raw = async (path: string) =>
      (
        await fetch(`${portal.url}/api/2.0/crm/opportunity/${path}`, { headers: { authorization: token } })
      ).text();

    const list = decodeOpportunities(await raw('bycontact/101'), 'json');
    if (list._tag === 'Left') throw new Error(list.left.message);
    // The wire values openapi-fetch gives are what the core's encoder writes from its decode.
    expect(got['list']).toEqual(JSON.parse(encodeOpportunities(list.right, 'json')));
    expect(got['titles']).toEqual(list.right.items.map((d) => d.title));

    const first = list.right.items[0]!;
    const one = decodeOpportunity(await raw(String(first.id)), 'json');
    if (one._tag === 'Left') throw new Error(one.left.message);
    expect(got['one']).toEqual(JSON.parse(encodeOpportunity(one.right, 'json')));

    const query = 'filter?stageType=ClosedAndWon&sortBy=bidValue&sortOrder=descending&count=5';
    const found = decodeOpportunities(await raw(query), 'json');
    if (found._tag === 'Left') throw new Error(found.left.message);
    expect(got['found']).toEqual(JSON.parse(encodeOpportunities(found.right, 'json')));
    expect(got['message']).toBe('Not found');

    // The XML operations, read as text, decode to the same values as their JSON twins.
    expect(decodeOpportunities(got['listXml'] as string, 'xml')).toEqual(list);
    expect(decodeOpportunity(got['oneXml'] as string, 'xml')).toEqual(one);
    expect(decodeOpportunities(got['foundXml'] as string, 'xml')).toEqual(found);
  });

  it('logs in with both login operations, the second factor in the path', async () => {
    const { logIn } = (await import(new URL('read.js', DIR).href)) as {
      logIn: (baseUrl: string, userName: string, password: string, code: string) => Promise<unknown>;
    };
    const got = await logIn(portal.url, TWO_FACTOR_USER.userName, portal.user.password, TWO_FACTOR_USER.code);
    expect(got).toEqual({
      demand: true,
      token: expect.stringMatching(/^\S{16,}$/),
      failure: 'User authentication failed',
    });
  });

  it('with --enum, writes one enum per named enum of the document, under its name', async () => {
    const text = astToString(await openapiTS(pathToFileURL(DOCUMENT_FILE), { enum: true }));
    const enums = [...text.matchAll(/^export enum (\w+) \{/gm)].map((m) => m[1]);
    const named = Object.entries(DOCUMENT.components.schemas as Record<string, { enum?: unknown }>)
      .filter(([, s]) => s.enum)
      .map(([name]) => name);
    expect(named.length).toBe(8);
    expect([...enums].sort()).toEqual([...named].sort());
  });
});
