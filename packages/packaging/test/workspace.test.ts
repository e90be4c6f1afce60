// What pnpm release publishes, checked on the workspace as it is: a closed set of packages, each
// with the metadata a team needs, and READMEs whose links work outside the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PINNING_FILES, repinned } from '../release/pins.mjs';
import {
  closureProblems,
  metadataProblems,
  repositoryOf,
  type WorkspacePackage,
  workspacePackages,
} from '../release/workspace.mjs';
import { ROOT } from './packed.js';

const packages = workspacePackages(ROOT);
const published = packages.filter((p) => p.published);

describe('the published packages', () => {
  it('are the four libraries and the CLI', () => {
    expect(published.map((p) => p.name).sort()).toEqual([
      '@oo-crm/cli',
      '@oo-crm/client',
      '@oo-crm/contract',
      '@oo-crm/core',
      '@oo-crm/portal',
    ]);
  });

  it('form a closed set: every run-time dependency is published too, or external', () => {
    expect(closureProblems(packages)).toEqual([]);
  });

  it('a published package that needs a private one is named', () => {
    const fake = (name: string, published: boolean, dependencies = {}): WorkspacePackage => ({
      name,
      version: '1.0.0',
      dir: `/w/${name}`,
      published,
      dependencies: { dependencies, peerDependencies: {}, optionalDependencies: {} },
      manifest: {},
    });
    expect(
      closureProblems([
        fake('@x/app', true, { '@x/data': 'workspace:*', lodash: '4' }),
        fake('@x/data', false),
        fake('@x/tool', false, { '@x/data': 'workspace:*' }),
      ]),
    ).toEqual(['@x/app needs @x/data (dependencies), which is private: it would not install']);
  });

  it('each say where their source, docs and issues are, their licence, Node versions and changelog', () => {
    const repository = repositoryOf(ROOT);
    expect(repository.url).toMatch(/^git\+https:\/\//);
    expect(published.flatMap((p) => metadataProblems(p, repository, ROOT))).toEqual([]);
    expect(published.every((p) => existsSync(join(p.dir, 'CHANGELOG.md')))).toBe(true);
  });

  it.each(published.map((p) => [p.name, p] as const))(
    "%s's README links only absolutely, to files of this repository that exist",
    (_, p) => {
      const blob = `${repositoryOf(ROOT).homepage}/blob/main/`;
      const targets = [...readFileSync(join(p.dir, 'README.md'), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map(
        (m) => m[1]!,
      );
      for (const target of targets) {
        expect(target, target).toMatch(/^https:\/\//);
        if (target.startsWith(blob))
          expect(existsSync(join(ROOT, target.slice(blob.length).split('#')[0]!))).toBe(true);
      }
    },
  );
});

describe('pnpm release moves the docs pins with the versions', () => {
  it('rewrites every pin of a released package, prereleases included, and nothing else', () => {
    const text = [
      'npx -y -p @oo-crm/contract@0.1.0 oo-crm-contract verify',
      '(`@oo-crm/contract@0.1.0-next.2`)',
      'npm i @oo-crm/contractor@1.0.0 @oo-crm/client@0.3.0',
    ].join('\n');
    expect(repinned(text, [{ name: '@oo-crm/contract', version: '0.2.0' }])).toBe(
      [
        'npx -y -p @oo-crm/contract@0.2.0 oo-crm-contract verify',
        '(`@oo-crm/contract@0.2.0`)',
        'npm i @oo-crm/contractor@1.0.0 @oo-crm/client@0.3.0',
      ].join('\n'),
    );
  });

  it('finds a pin in each pinning file today', () => {
    for (const file of PINNING_FILES) {
      expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/@oo-crm\/contract@\d+\.\d+\.\d+/);
    }
  });
});
