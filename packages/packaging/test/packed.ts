import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack } from '../release/checks.mjs';

export { publintMessages } from '../release/checks.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PACKAGES = {
  core: join(ROOT, 'packages/core'),
  client: join(ROOT, 'packages/client'),
  portal: join(ROOT, 'apps/portal'),
  contract: join(ROOT, 'packages/contract'),
} as const;
export const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * A fresh folder outside the workspace with @oo-crm/portal installed from its tarball, with the
 * tarball of core, which it depends on, as another team would install it.
 */
export function installPackedPortal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-portal-'));
  const tarballs = Object.fromEntries(
    (['core', 'portal'] as const).map((p) => [`@oo-crm/${p}`, `file:${pack(PACKAGES[p], dir)}`]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'portal-smoke',
      private: true,
      type: 'module',
      dependencies: { '@oo-crm/portal': tarballs['@oo-crm/portal'] },
      // Its dependencies on our other packages are the tarballs, never a registry lookup.
      overrides: tarballs,
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return dir;
}

/**
 * A fresh folder outside the workspace with @oo-crm/contract installed from its tarball by npm,
 * with the tarball of core, which it depends on (its requests are built from core's route table),
 * and Pact from the registry, as a team's CI would run it with npx.
 */
export function installPackedContract(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-contract-'));
  const tarballs = Object.fromEntries(
    (['core', 'contract'] as const).map((p) => [`@oo-crm/${p}`, `file:${pack(PACKAGES[p], dir)}`]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'contract-smoke',
      private: true,
      type: 'module',
      dependencies: { '@oo-crm/contract': tarballs['@oo-crm/contract'] },
      // Its dependency on core is the tarball, never a registry lookup.
      overrides: tarballs,
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return dir;
}

/**
 * A fresh folder outside the workspace with the two tarballs installed by npm, as another team
 * would install them (io-ts and fp-ts from the registry, as peers).
 */
export function installPacked(): { dir: string; tarballs: { core: string; client: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-smoke-'));
  const tarballs = { core: pack(PACKAGES.core, dir), client: pack(PACKAGES.client, dir) };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'smoke',
      private: true,
      dependencies: {
        '@oo-crm/core': `file:${tarballs.core}`,
        '@oo-crm/client': `file:${tarballs.client}`,
        'io-ts': '2.2.22',
        'fp-ts': '2.16.11',
      },
      // The client's dependency on core is satisfied by the tarball, never by a registry lookup.
      overrides: { '@oo-crm/core': `file:${tarballs.core}` },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return { dir, tarballs };
}

/** The tarball a folder holds, by the package's file-name prefix (`oo-crm-portal-`). */
export function tarballIn(dir: string, prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.tgz'));
  if (!name) throw new Error(`no ${prefix}*.tgz in ${dir}`);
  return join(dir, name);
}

/** Writes files under a folder. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}
