// Runs alloc-child.mjs in a fresh process with a young generation large enough that no collection
// happens inside a call.
import { execFileSync } from 'node:child_process';

/** What one call allocates and keeps per opportunity at `n`, with @oo-crm/core or the build `core`. */
export function allocationAt(n, core) {
  const child = new URL('./alloc-child.mjs', import.meta.url).pathname;
  const flags = ['--expose-gc', '--min-semi-space-size=512', '--max-semi-space-size=512'];
  const args = [...flags, child, String(n), ...(core === undefined ? [] : [core])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}
