// The release as a team runs it, end to end against a real registry: `pnpm release` publishes a copy
// of this repository into Verdaccio; fresh projects outside the repository install from that
// registry only and run the documented examples, the portal, the verifier and the CLI with npx; a
// second release with a changeset bumps the version and a consumer upgrades.
import { execFileSync, type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TSC, writeTree } from './packed.js';
import { type Registry, startRegistry } from './registry.js';

/** The environment without what pnpm and npm set for the scripts they run (npm_config_*, INIT_CWD). */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|INIT_CWD$)/i.test(k)),
);
const PUBLISHED = ['@oo-crm/core', '@oo-crm/client', '@oo-crm/portal', '@oo-crm/contract', '@oo-crm/cli'];
const PRIVATE = [
  '@oo-crm/fixtures',
  '@oo-crm/linearity',
  '@oo-crm/testkit',
  '@oo-crm/demo',
  '@oo-crm/packaging',
];

let registry: Registry;
let repo: string;
let home: string;
const versions: Record<string, string> = {};

/** A copy of the repository's files (tracked and new, not ignored), installed as a maintainer would. */
function copyRepository(): string {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-repo-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], {
    cwd: dir,
    env: CLEAN_ENV,
    stdio: 'pipe',
  });
  console.log(`the repository copied and installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}

/** `pnpm release --registry URL` in the copy, as its maintainer with the registry's token. */
function release(): void {
  const run = spawnSync('pnpm', ['--silent', 'release', '--registry', registry.url], {
    cwd: repo,
    env: { ...CLEAN_ENV, npm_config_userconfig: registry.userconfig },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pnpm release failed (${run.status}):\n${run.stdout}${run.stderr}`);
  // How long each step took, for whoever watches CI's time.
  console.log(run.stderr.match(/^release: .*: done in .*$/gm)?.join('\n'));
  for (const name of PUBLISHED) {
    const dir = name === '@oo-crm/portal' ? 'apps/portal' : `packages/${name.slice(8)}`;
    versions[name] = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')).version;
  }
}

/**
 * The Node versions a team may run the packages on: this machine's, and those whose `bin` folders
 * `OO_CRM_CONSUMER_NODES` lists (`.ci/run` gives Node 22 and 24 from the npm registry).
 */
const NODES = [
  dirname(process.execPath),
  ...(process.env['OO_CRM_CONSUMER_NODES'] ?? '').split(delimiter).filter((d) => d !== ''),
].map((bin) => ({
  bin,
  version: execFileSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim(),
}));

/** The environment of a team's machine: its Node first on PATH, its npm cache, only the project's .npmrc. */
function teamEnv(bin = dirname(process.execPath)): NodeJS.ProcessEnv {
  return {
    ...CLEAN_ENV,
    PATH: `${bin}${delimiter}${CLEAN_ENV['PATH'] ?? ''}`,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_userconfig: join(home, 'npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

/** A new project outside the repository whose .npmrc names the team's registry, for the scope and all else. */
function project(name: string, manifest: Record<string, unknown>): string {
  const dir = join(home, name);
  writeTree(dir, {
    '.npmrc': `@oo-crm:registry=${registry.url}\nregistry=${registry.url}\n`,
    'package.json': JSON.stringify({ name, private: true, ...manifest }),
  });
  return dir;
}

function npm(dir: string, args: string[], bin?: string): string {
  return execFileSync('npm', [...args, '--loglevel=error'], {
    cwd: dir,
    env: teamEnv(bin),
    encoding: 'utf8',
  });
}

/** Runs a program to its end, without blocking this process (the portal may answer from it). */
function run(command: string, args: string[], options: SpawnOptions) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => {
      stdout += d;
    });
    child.stderr!.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The ```LANG blocks of a document, with the lines they say they print (`// prints: …`). */
function documented(file: string, lang: 'ts' | 'js') {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => ({
    source: m[1]!,
    prints: [...m[1]!.matchAll(/^\/\/ prints: (.*)$/gm)].map((p) => p[1]!),
  }));
}

const linesOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '');

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'oo-crm-team-'));
  writeFileSync(join(home, 'npmrc'), '');
  [registry, repo] = await Promise.all([startRegistry(), Promise.resolve().then(copyRepository)]);
  release();
}, 600_000);
afterAll(() => {
  registry?.stop();
  for (const dir of [repo, home]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pnpm release into a registry', () => {
  it('publishes every public package, at the versions the changesets made, and no private one', async () => {
    const ask = (name: string) =>
      run('npm', ['view', name, 'dist-tags.latest', '--registry', registry.url], { env: teamEnv() });
    const [published, unpublished] = await Promise.all([
      Promise.all(PUBLISHED.map(ask)),
      Promise.all(PRIVATE.map(ask)),
    ]);
    expect(published.map((r) => r.stdout.trim())).toEqual(PUBLISHED.map((name) => versions[name]));
    for (const r of unpublished) expect(r.stderr).toContain('E404');
  });

  it('refuses the public npm registry unless told, before doing anything', () => {
    const refused = spawnSync('node', ['packages/packaging/release/release.mjs'], {
      cwd: repo,
      env: { ...CLEAN_ENV, npm_config_registry: 'https://registry.npmjs.org/' },
      encoding: 'utf8',
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is the public npm registry');
  });
});

describe('a team installing from its registry', () => {
  const examples = [...documented('docs/getting-started.md', 'ts'), ...documented('README.md', 'ts')];
  const [cjsExample] = documented('docs/getting-started.md', 'js');
  let esm: string;
  let cjs: string;

  it('ESM + TypeScript --strict: installs from the registry only, and the Getting started and README examples compile', () => {
    esm = project('team-esm', { type: 'module' });
    npm(esm, [
      'install',
      '@oo-crm/core',
      '@oo-crm/client',
      '@oo-crm/portal',
      'io-ts',
      'fp-ts',
      '@types/node@20',
    ]);
    expect(examples.length).toBeGreaterThan(3);
    writeTree(esm, {
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          strict: true,
          skipLibCheck: false,
          types: ['node'],
          lib: ['es2022', 'dom'],
          rootDir: 'src',
          outDir: 'out',
        },
        include: ['src'],
      }),
      ...Object.fromEntries(examples.map((e, i) => [`src/example-${i + 1}.ts`, `${e.source}\nexport {};\n`])),
    });
    const tsc = spawnSync(process.execPath, [TSC, '-p', esm], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
  });

  it('CommonJS: installs from the registry only', () => {
    cjs = project('team-cjs', {});
    npm(cjs, ['install', '@oo-crm/core', '@oo-crm/client', '@oo-crm/portal', 'io-ts', 'fp-ts']);
    expect(cjsExample?.source).toContain("require('@oo-crm/client')");
    writeFileSync(join(cjs, 'index.js'), cjsExample!.source);
  });

  describe.each(NODES)('on Node $version', ({ bin, version }) => {
    const env = () => teamEnv(bin);
    const node = (dir: string, args: string[]) =>
      execFileSync('node', args, { cwd: dir, env: env(), encoding: 'utf8' });
    const tag = version.split('.')[0];

    it('runs that Node', () => {
      expect(node(home, ['--version']).trim()).toBe(version);
    });

    it('ESM: the examples print what they say', () => {
      examples.forEach((e, i) => {
        const out = node(esm, [`out/example-${i + 1}.js`]);
        if (e.prints.length > 0) expect(linesOf(out), e.source).toEqual(e.prints);
      });
    });

    it('CommonJS: the require() example prints what it says (the ESM-only portal through require(esm))', () => {
      expect(linesOf(node(cjs, ['index.js']))).toEqual(cjsExample!.prints);
    });

    it('npx: the portal from its bin, the contract verifier against it, and the CLI', async () => {
      const ci = project(`team-ci-${tag}`, {});
      // In a process group of its own: npx runs the portal as a child, which must stop with it.
      const portal = spawn('npx', ['--yes', '-p', '@oo-crm/portal', 'oo-crm-portal', '--port', '0'], {
        cwd: ci,
        env: env(),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      try {
        const printed = await new Promise<string>((resolve, reject) => {
          let out = '';
          portal.stdout.on('data', (d) => {
            out += d;
            if (/^Try: /m.test(out)) resolve(out);
          });
          portal.on('exit', (code) => reject(new Error(`oo-crm-portal exited (${code}): ${out}`)));
        });
        const url = /listening on (\S+)/.exec(printed)![1]!;
        const [, user, password] = /^ {2}user \(.*?\)\s+(\S+) \/ (\S+)$/m.exec(printed)!;

        const contract = await run(
          'npx',
          ['--yes', '-p', '@oo-crm/contract', 'oo-crm-contract', '--version'],
          {
            cwd: ci,
            env: env(),
          },
        );
        expect(contract.stdout).toBe(`${versions['@oo-crm/contract']}\n`);
        const verify = await run(
          'npx',
          ['--yes', '-p', '@oo-crm/contract', 'oo-crm-contract', 'verify', '--provider-base-url', url],
          {
            cwd: ci,
            env: { ...env(), OO_CRM_USER: user, OO_CRM_PASSWORD: password, PACT_DO_NOT_TRACK: 'true' },
          },
        );
        expect(verify.stdout).toMatch(/\n\d+ passed, 0 failed, \d+ skipped\n$/);
        expect(verify.status).toBe(0);

        const cli = (args: string[]) =>
          run('npx', ['--yes', '-p', '@oo-crm/cli', 'oo-crm', ...args], {
            cwd: ci,
            env: { ...env(), OO_CRM_BASE_URL: url, NO_COLOR: '1' },
          });
        expect((await cli(['--version'])).stdout).toBe(`${versions['@oo-crm/cli']}\n`);
        const deal = await cli([
          'opportunity',
          '1234',
          '--user',
          user!,
          '--password',
          password!,
          '--output',
          'json',
        ]);
        expect(deal.stderr).toBe('');
        expect(JSON.parse(deal.stdout)).toMatchObject({ id: 1234, title: 'Hotel catalogue' });
        // A path relative to where the command runs.
        writeFileSync(join(ci, 'saved.json'), JSON.stringify({ status: 0, response: [{ id: 'x' }] }));
        const decoded = await cli(['decode', 'saved.json']);
        expect(decoded.status).toBe(5);
        expect(decoded.stderr).toContain('response[0].id: expected integer');
      } finally {
        process.kill(-portal.pid!);
      }
    }, 300_000);
  });
});

describe('the next release', () => {
  it('upgrades to the next release: a changeset, pnpm release, npm update', () => {
    const team = project('team-tools', {});
    npm(team, ['install', '--save-dev', '@oo-crm/cli']);
    const before = versions['@oo-crm/cli']!;
    writeFileSync(
      join(repo, '.changeset/release-test.md'),
      '---\n"@oo-crm/cli": patch\n---\n\nA fix released by the release test.\n',
    );
    release();
    const after = versions['@oo-crm/cli']!;
    expect(after).not.toBe(before);
    npm(team, ['update']);
    const bin = join(team, 'node_modules/.bin/oo-crm');
    expect(execFileSync(bin, ['--version'], { cwd: team, env: teamEnv(), encoding: 'utf8' })).toBe(
      `${after}\n`,
    );
    const changelog = readFileSync(join(team, 'node_modules/@oo-crm/cli/CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      new RegExp(`## ${after.replaceAll('.', '\\.')}\\n\\n### Patch Changes\\n\\n- `),
    );
    expect(changelog).toContain('A fix released by the release test.');
  }, 600_000);
});
