// The docs' CI snippets pin a published version (`npx -p @oo-crm/contract@0.2.0 …`), so that a
// team's CI takes a new contract when it chooses to. `changeset version` bumps package.json only:
// this moves the pins along with it (packages/contract/test/unit/pinned-version.test.ts holds them
// equal to the package's version).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files whose snippets pin a package, relative to the repository's root. */
export const PINNING_FILES = ['docs/contract-testing.md', 'packages/contract/README.md'];

/**
 * A text with every `name@x.y.z[-pre]` pin of the given packages set to their versions.
 * @param {string} text
 * @param {ReadonlyArray<{ name: string, version: string }>} packages
 */
export function repinned(text, packages) {
  let result = text;
  for (const { name, version } of packages) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    result = result.replace(
      new RegExp(`${escaped}@\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?`, 'g'),
      `${name}@${version}`,
    );
  }
  return result;
}

/**
 * Rewrites the pins in {@link PINNING_FILES} to the packages' versions; returns the files changed.
 * @param {string} root
 * @param {ReadonlyArray<{ name: string, version: string }>} packages
 */
export function repinDocs(root, packages) {
  const changed = [];
  for (const file of PINNING_FILES) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = repinned(before, packages);
    if (after !== before) {
      writeFileSync(path, after);
      changed.push(file);
    }
  }
  return changed;
}
