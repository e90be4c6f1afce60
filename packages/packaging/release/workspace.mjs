// The workspace's packages as a release sees them: which are published, and whether the published
// set is closed (every run-time dependency of a published package is published too, or external).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir
 * @property {boolean} published not `private`
 * @property {Record<string, Record<string, string>>} dependencies run-time dependencies by kind
 * @property {Record<string, unknown>} manifest its package.json
 */

/** The Node versions every published package supports and is tested on (20.19+, 22.12+, 24). */
export const SUPPORTED_NODE = '^20.19.0 || >=22.12.0';

/** The dependency kinds an installed package needs at run time (devDependencies are not installed). */
export const RUN_TIME = ['dependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * The packages of the pnpm workspace at `root` (the root itself excluded).
 * @param {string} root
 * @returns {WorkspacePackage[]}
 */
export function workspacePackages(root) {
  const listed = JSON.parse(
    execFileSync('pnpm', ['-r', 'ls', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }),
  );
  return listed
    .filter((/** @type {{ path: string }} */ p) => p.path !== root.replace(/\/$/, ''))
    .map((/** @type {{ path: string }} */ p) => {
      const manifest = JSON.parse(readFileSync(join(p.path, 'package.json'), 'utf8'));
      return {
        name: manifest.name,
        version: manifest.version,
        dir: p.path,
        published: manifest.private !== true,
        dependencies: Object.fromEntries(RUN_TIME.map((kind) => [kind, manifest[kind] ?? {}])),
        manifest,
      };
    });
}

/**
 * Why the published set is not closed, one line per dependency of a published package on a
 * workspace package that is not published (empty when it is closed).
 * @param {WorkspacePackage[]} packages
 * @returns {string[]}
 */
export function closureProblems(packages) {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const problems = [];
  for (const p of packages.filter((q) => q.published)) {
    for (const [kind, deps] of Object.entries(p.dependencies)) {
      for (const name of Object.keys(deps)) {
        const target = byName.get(name);
        if (target && !target.published)
          problems.push(`${p.name} needs ${name} (${kind}), which is private: it would not install`);
      }
    }
  }
  return problems;
}

/**
 * What a published package's package.json lacks for a team that installs it: where its source,
 * documentation and issues are (the repository's, as the root package.json names it), its
 * licence, the Node versions it supports, and its changelog in the tarball.
 * @param {WorkspacePackage} p
 * @param {{ url: string, homepage: string, bugs: string }} repository the root package.json's
 * @param {string} root the workspace's root folder
 * @returns {string[]}
 */
export function metadataProblems(p, repository, root) {
  const m = /** @type {Record<string, any>} */ (p.manifest);
  const directory = p.dir.slice(root.replace(/\/$/, '').length + 1);
  const expected = {
    license: 'MIT',
    'repository.type': 'git',
    'repository.url': repository.url,
    'repository.directory': directory,
    homepage: `${repository.homepage}/tree/main/${directory}#readme`,
    'bugs.url': repository.bugs,
    'engines.node': SUPPORTED_NODE,
  };
  const problems = [];
  for (const [path, value] of Object.entries(expected)) {
    const actual = path.split('.').reduce((/** @type {any} */ o, k) => o?.[k], m);
    if (actual !== value)
      problems.push(`${p.name}: ${path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  for (const file of ['README.md', 'CHANGELOG.md'])
    if (!m.files?.includes(file)) problems.push(`${p.name}: files does not list ${file}`);
  return problems;
}

/**
 * Where the project lives, as the root package.json says (`repository`, `homepage`, `bugs`): the one
 * place a team that forks it changes.
 * @param {string} root
 */
export function repositoryOf(root) {
  const m = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { url: m.repository?.url, homepage: m.homepage, bugs: m.bugs?.url };
}
