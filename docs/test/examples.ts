import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The documents whose examples must run: the READMEs and the guides. */
export const DOCUMENTS = [
  'README.md',
  'packages/core/README.md',
  'packages/client/README.md',
  'docs/getting-started.md',
  'docs/publishing.md',
  'CONTRIBUTING.md',
  'docs/client.md',
  'docs/errors.md',
  'docs/xml.md',
  'docs/contract-testing.md',
  'docs/portal.md',
  'docs/real-server.md',
  'docs/benchmarks.md',
  'docs/reference.md',
  'docs/routes.md',
  'docs/openapi.md',
].map((f) => join(ROOT, f));

/** A TypeScript example, and the lines it says it prints (`// prints: …`). */
export interface Example {
  readonly id: string;
  readonly source: string;
  readonly prints: ReadonlyArray<string>;
}

/** Every ```ts block of a document. */
export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const name = relative(ROOT, file).replace(/[^A-Za-z0-9]+/g, '-');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)];
  return blocks.map((m, i) => ({
    id: `${name}-${i + 1}`,
    source: m[1] ?? '',
    prints: [...(m[1] ?? '').matchAll(/^\/\/ prints: (.*)$/gm)].map((p) => p[1] ?? ''),
  }));
}
