#!/usr/bin/env node
// `pnpm release [--registry URL]`: turns the pending changesets into versions and changelogs
// (`changeset version`), builds the published packages, checks what would be published (the set
// is closed, each package's metadata, publint on each tarball), and publishes every version the
// registry does not have yet (`changeset publish`), to the registry the npm configuration names:
// `--registry`, else `npm_config_registry`, else `@oo-crm:registry`, else `registry` in .npmrc.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packedProblems } from './checks.mjs';
import { repinDocs } from './pins.mjs';
import { closureProblems, metadataProblems, repositoryOf, workspacePackages } from './workspace.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE = `usage: pnpm release [--registry URL] [--to-public-npm]
  Versions the pending changesets, builds, checks and publishes every public @oo-crm package.
  --registry URL     where to publish (default: npm_config_registry, @oo-crm:registry, registry)
  --to-public-npm    allow registry.npmjs.org (refused otherwise: these packages are for a team's registry)`;

/**
 * Stops the release with a message (exit 2 for usage, 1 for a failed step).
 * @param {string} message
 * @returns {never}
 */
function fail(message, code = 1) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(code);
}

/**
 * Runs a step's command in the repository, its output on standard error; stops on failure.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 */
function step(title, command, args, env = process.env) {
  process.stderr.write(`release: ${title}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) fail(`${title} failed (${run.error?.message ?? `exit ${run.status}`})`);
  process.stderr.write(`release: ${title}: done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

/**
 * A setting of the npm configuration as pnpm reads it (.npmrc files and npm_config_* variables).
 * @param {string} key
 */
function configured(key) {
  const run = spawnSync('pnpm', ['config', 'get', key], { cwd: ROOT, encoding: 'utf8' });
  const value = run.stdout.trim();
  return run.status === 0 && value !== '' && value !== 'undefined' ? value : undefined;
}

const options = (() => {
  try {
    return parseArgs({
      options: {
        registry: { type: 'string' },
        'to-public-npm': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${USAGE}`, 2);
  }
})();
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const registry =
  options.registry ??
  process.env['npm_config_registry'] ??
  configured('@oo-crm:registry') ??
  configured('registry');
if (registry === undefined || !/^https?:\/\//.test(registry))
  fail(`no registry to publish to (got ${registry})`, 2);
if (new URL(registry).hostname === 'registry.npmjs.org' && !options['to-public-npm'])
  fail(`${registry} is the public npm registry: give --registry URL (your team's), or --to-public-npm`, 2);

// changeset publish reads the registry from these variables only (not from .npmrc), and hands them
// to `pnpm publish`: both name the same registry, whatever the .npmrc files say.
const env = { ...process.env, npm_config_registry: registry, 'npm_config_@oo-crm:registry': registry };
process.stderr.write(`release: to ${registry}\n`);

step('changeset version', 'pnpm', ['exec', 'changeset', 'version'], env);

const packages = workspacePackages(ROOT);
const published = packages.filter((p) => p.published);
for (const file of repinDocs(ROOT, published))
  process.stderr.write(`release: ${file} pins the new versions\n`);
step(
  'build',
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
    ...published.map((p) => `--filter=${p.name}...`),
  ],
  env,
);

process.stderr.write(`release: checks of ${published.map((p) => `${p.name}@${p.version}`).join(', ')}\n`);
const into = mkdtempSync(join(tmpdir(), 'oo-crm-release-'));
try {
  const repository = repositoryOf(ROOT);
  const problems = [
    ...closureProblems(packages),
    ...published.flatMap((p) => metadataProblems(p, repository, ROOT)),
  ];
  for (const p of published) problems.push(...(await packedProblems(p, into)));
  if (problems.length > 0) fail(`not published:\n${problems.map((p) => `  ${p}`).join('\n')}`);
} finally {
  rmSync(into, { recursive: true, force: true });
}

// Tags are left to the maintainer, who commits the versions and changelogs `changeset version` wrote.
step('changeset publish', 'pnpm', ['exec', 'changeset', 'publish', '--no-git-tag'], env);
