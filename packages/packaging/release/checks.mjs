// What a package's tarball must pass before it is published: publint (strict) with no message.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/**
 * Packs a package as it would be published (workspace ranges replaced) and answers the tarball's path.
 * @param {string} dir
 * @param {string} into
 */
export function pack(dir, into) {
  const before = new Set(readdirSync(into));
  execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: dir, stdio: 'pipe' });
  const name = readdirSync(into).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (!name) throw new Error(`no tarball for ${dir}`);
  return join(into, name);
}

/**
 * What publint (strict) says of a tarball, one line per message.
 * @param {string} tarball
 * @returns {Promise<string[]>}
 */
export async function publintMessages(tarball) {
  const { messages, pkg } = await publint({
    pkgDir: 'package',
    pack: { tarball: readFileSync(tarball).buffer },
    strict: true,
  });
  return messages.map((m) => formatMessage(m, pkg) ?? m.code);
}

/**
 * A package's tarball's problems, each line naming the package.
 * @param {{ name: string, dir: string }} p
 * @param {string} into where to pack it
 */
export async function packedProblems(p, into) {
  return (await publintMessages(pack(p.dir, into))).map((m) => `${p.name}: ${m}`);
}
