// The portal as another team installs it: what its entry points load at run time, and its bin's
// version. (The packed tarball itself is installed and run by packages/packaging.)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every module an entry point reaches through static imports: src files by path, packages by name. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^(?:import|export)[^'"]*from '([^']+)';$/gm)) {
      if (spec!.startsWith('.'))
        visit(fileURLToPath(new URL(spec!.replace(/\.js$/, '.ts'), pathToFileURL(file))));
      else packages.add(spec!);
    }
  };
  visit(fileURLToPath(new URL(`../src/${entry}`, import.meta.url)));
  return { files: [...files].map((f) => f.replace(/^.*\/src\//, '')), packages: [...packages] };
}

/** The package a specifier names: `@scope/name` or `name`, without a subpath. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

describe('the published portal', () => {
  it('loads no test machinery and no fixtures on its default path (the import graph of src/index.ts)', () => {
    const { files, packages } = importGraph('index.ts');
    expect(files).toContain('portal.ts');
    for (const unwanted of ['states.ts', 'faults.ts', 'inject-faults.ts', 'testing.ts']) {
      expect(files).not.toContain(unwanted);
    }
    expect(packages).not.toContain('@oo-crm/fixtures');
  });

  it('needs at run time only its dependencies, none of them a test package or an XML parser', () => {
    const runtime = new Set(Object.keys(manifest.dependencies));
    expect([...runtime].filter((d) => /testkit|fixtures|xml|sax/.test(d))).toEqual([]);
    for (const entry of ['index.ts', 'testing.ts', 'cli.ts', 'dataset/index.ts']) {
      const outside = importGraph(entry)
        .packages.filter((spec) => !spec.startsWith('node:') && !builtinModules.includes(spec))
        .map(packageOf)
        .filter((name) => !runtime.has(name));
      expect({ entry, outside }).toEqual({ entry, outside: [] });
    }
  });

  it('tells its version with --version', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--version']);
    expect(stdout.trim()).toBe(manifest.version);
  });
});
