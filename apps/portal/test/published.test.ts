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
    expect(files.filter((f) => f.startsWith('testing'))).toEqual([]);
    expect(packages).not.toContain('@oo-crm/fixtures');
  });

  it('lives in rooms that import downward only, with no cycle (src/ by folder)', () => {
    // Each room's floor: a module imports only from its own room or from lower floors.
    const FLOORS: Readonly<Record<string, number>> = {
      dataset: 0,
      bounded: 0,
      aspnet: 0,
      auth: 1,
      crm: 2,
      seed: 2,
      routes: 3,
      '.': 4, // options, portal, index, cli: the composition
      testing: 5,
    };
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const roomOf = (file: string) => {
      const rel = file.slice(src.length);
      return rel === 'testing.ts' ? 'testing' : rel.includes('/') ? rel.split('/')[0]! : '.';
    };
    const edges = new Map<string, string[]>();
    const upward: string[] = [];
    const visit = (file: string) => {
      if (edges.has(file)) return;
      const targets: string[] = [];
      edges.set(file, targets);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)[^'"]*from '(\.[^']+)';$/gm,
      )) {
        const target = fileURLToPath(new URL(spec!.replace(/\.js$/, '.ts'), pathToFileURL(file)));
        targets.push(target);
        const [from, to] = [roomOf(file), roomOf(target)];
        expect(FLOORS[from], `a room for ${file}`).toBeDefined();
        if (from !== to && FLOORS[to]! >= FLOORS[from]!)
          upward.push(`${from} → ${to} (${file.slice(src.length)})`);
        visit(target);
      }
    };
    for (const entry of ['index.ts', 'testing.ts', 'cli.ts', 'dataset/index.ts']) visit(`${src}${entry}`);
    expect(upward).toEqual([]);
    // No cycle between modules either: a depth-first walk never meets a module still open.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const walk = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => f.slice(src.length)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of edges.get(file) ?? []) walk(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of edges.keys()) walk(file, []);
    expect(cycles).toEqual([]);
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
