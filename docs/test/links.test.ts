import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULTS } from '@oo-crm/client';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, ROOT } from './examples.js';

/** `#anchor`s GitHub and typedoc derive from a document's headings. */
function anchorsOf(file: string): Set<string> {
  const headings = [...readFileSync(file, 'utf8').matchAll(/^#+ (.*)$/gm)].map((m) => m[1] ?? '');
  return new Set(
    headings.map((h) =>
      h
        .toLowerCase()
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-'),
    ),
  );
}

describe('links in the READMEs and guides', () => {
  const links = DOCUMENTS.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ file, target: m[1] ?? '' })),
  ).filter((l) => !/^(https?:|mailto:)/.test(l.target));

  it('exist', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  it.each(links.map((l) => [`${l.file.slice(ROOT.length)} → ${l.target}`, l] as const))(
    '%s',
    (_, { file, target }) => {
      const [path, anchor] = target.split('#');
      const resolved = path ? join(dirname(file), path) : file;
      expect(existsSync(resolved)).toBe(true);
      if (anchor && resolved.endsWith('.md')) expect([...anchorsOf(resolved)]).toContain(anchor);
    },
  );
});

describe('the option tables', () => {
  it.each(['packages/client/README.md', 'docs/client.md'])(
    '%s lists every default as the client has it',
    (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [option, value] of Object.entries(DEFAULTS)) {
        const row = text.split('\n').find((line) => line.startsWith(`| \`${option}\` |`));
        expect(row, option).toBeDefined();
        expect(row).toContain(typeof value === 'string' ? `\`'${value}'\`` : `\`${value}\``);
      }
    },
  );
});
