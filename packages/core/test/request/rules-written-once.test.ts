// Each request rule is written once, in core's route table (src/routes.ts) and its limits
// (src/request/limits.ts): the code of every package and app reads them from there. This searches
// every source tree for the literals those rules are made of; comments may cite them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const HOMES = ['packages/core/src/request/limits.ts', 'packages/core/src/routes.ts'];
const SOURCE = /\.(ts|tsx|mts|mjs|js|html)$/;

/** Every source file under `packages/*\/src` and `apps/*\/src`, relative to the repository. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) files.push(relative(ROOT, path));
    }
  };
  for (const floor of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(ROOT, floor))) {
      const src = join(ROOT, floor, pkg, 'src');
      if (
        statSync(join(ROOT, floor, pkg)).isDirectory() &&
        readdirSync(join(ROOT, floor, pkg)).includes('src')
      )
        walk(src);
    }
  }
  return files;
}

/** A file's code, its comments left out: lines that are comments, and what follows `//`. */
const codeOf = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''))
    .join('\n');

const RULES: ReadonlyArray<readonly [rule: string, literal: RegExp]> = [
  ['Int32 bounds (INT32_MAX, INT32_MIN, MAX_STAGE_ID)', /2_?147_?483_?64[5-8]/],
  ['the page size (MAX_PAGE_SIZE)', /(page size|\bcount\b)[^\n]{0,40}\b1_?000\b/i],
  // In quotes: a name the code uses (prose may name it in backticks).
  [
    "the token's query and cookie name (AUTH_KEY_NAME, SECRET_QUERY_NAMES)",
    /['"]asc_auth_key['"]|asc_auth_key=\$/,
  ],
  // `dateAndTime` is a sortBy name only (the other five also name fields of the opportunity).
  ["filter's sortBy names (FILTER_SORT_BY)", /['"`]dateAndTime['"`]/i],
  ["bycontact's filterOp names (FILTER_OPS)", /['"`](startsWith|endsWith)['"`]/i],
];

describe('each request rule is written once', () => {
  const files = sourceFiles().map((file) => [file, codeOf(readFileSync(join(ROOT, file), 'utf8'))] as const);

  it('finds the source trees', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const home of HOMES) expect(files.map(([f]) => f)).toContain(home);
  });

  it.each(RULES)('%s: only in core’s route table and limits', (_, literal) => {
    const found = files.filter(([, code]) => literal.test(code)).map(([file]) => file);
    expect(found.filter((file) => !HOMES.includes(file))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});
