import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, examplesOf, ROOT } from './examples.js';

const DIR = fileURLToPath(new URL('../.examples/', import.meta.url));
const examples = DOCUMENTS.flatMap(examplesOf);

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // The types openapi-typescript writes from the core's document, for docs/openapi.md's example.
  const document = pathToFileURL(createRequire(import.meta.url).resolve('@oo-crm/core/openapi.json'));
  writeFileSync(join(DIR, 'crm.d.ts'), astToString(await openapiTS(document)));
  for (const e of examples) {
    writeFileSync(join(DIR, `${e.id}.ts`), `${e.source}\nexport {};\n`);
    writeFileSync(
      join(DIR, `${e.id}.mjs`),
      transformSync(e.source, { loader: 'ts', format: 'esm', target: 'node20' }).code,
    );
  }
});

describe('the examples of the READMEs and guides', () => {
  it('exist, and say what they print', () => {
    expect(examples.length).toBeGreaterThan(8);
    expect(examples.filter((e) => e.prints.length > 0).length).toBeGreaterThan(8);
  });

  it('type-check', () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const run = spawnSync(
      process.execPath,
      [tsc, '-p', fileURLToPath(new URL('../tsconfig.examples.json', import.meta.url))],
      { encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toBe('');
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s runs and prints what it says', (_, e) => {
    const stdout = execFileSync(process.execPath, [join(DIR, `${e.id}.mjs`)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = stdout
      .trimEnd()
      .split('\n')
      .filter((l) => l !== '');
    if (e.prints.length > 0) expect(lines).toEqual(e.prints);
  });
});
