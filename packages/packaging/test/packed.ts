import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PACKAGES = { core: join(ROOT, 'packages/core'), client: join(ROOT, 'packages/client') } as const;
export const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** Packs a package as it would be published (workspace ranges replaced) and answers the tarball's path. */
export function pack(dir: string, into: string): string {
  execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: dir, stdio: 'pipe' });
  const name = readdirSync(into).find((f) =>
    f.startsWith(dir.endsWith('core') ? 'oo-crm-core-' : 'oo-crm-client-'),
  );
  if (!name) throw new Error(`no tarball for ${dir}`);
  return join(into, name);
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

/** Writes files under a folder. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}
