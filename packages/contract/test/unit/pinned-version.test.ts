// The CI snippets pin the contract's version: they must pin this one, so that a version bump
// (changeset version) brings the docs along.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe.each(['../../../../docs/contract-testing.md', '../../README.md'])('%s', (file) => {
  it(`pins @oo-crm/contract@${VERSION} wherever it pins a version`, () => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    const pins = [...text.matchAll(/@oo-crm\/contract@(\d+\.\d+\.\d+\S*)/g)].map((m) =>
      m[1]?.replace(/[`'"]$/, ''),
    );
    expect(pins.length).toBeGreaterThan(0);
    expect(new Set(pins)).toEqual(new Set([VERSION]));
  });
});
