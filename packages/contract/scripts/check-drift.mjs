// Compares the pacts the consumer tests just wrote (.pact-out/) with the committed ones (pacts/).
// A difference fails the build: a contract change must be a reviewed diff. With --update, the new
// pacts replace the committed ones (then review and commit them).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const OUT = new URL('../.pact-out/', import.meta.url);
const DIR = new URL('../pacts/', import.meta.url);
const update = process.argv.includes('--update');

// Interactions in a stable order: test files run in parallel and merge into one file.
const normalized = (url) => {
  const pact = JSON.parse(readFileSync(url, 'utf8'));
  pact.interactions.sort((a, b) => a.description.localeCompare(b.description));
  return pact;
};

const written = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.json')) : [];
if (written.length === 0) {
  console.error('check-drift: the consumer tests wrote no pact');
  process.exit(1);
}
mkdirSync(DIR, { recursive: true });
let drift = 0;
for (const file of written) {
  const fresh = normalized(new URL(file, OUT));
  const committed = existsSync(new URL(file, DIR)) ? normalized(new URL(file, DIR)) : undefined;
  if (committed && isDeepStrictEqual(fresh, committed)) continue;
  if (update) {
    copyFileSync(new URL(file, OUT), new URL(file, DIR));
    console.log(`check-drift: updated pacts/${file}; review and commit it`);
    continue;
  }
  drift++;
  const before = new Map((committed?.interactions ?? []).map((i) => [i.description, i]));
  const after = new Map(fresh.interactions.map((i) => [i.description, i]));
  console.error(`check-drift: pacts/${file} differs from what the consumer tests now produce:`);
  for (const [d, i] of after)
    if (!isDeepStrictEqual(before.get(d), i)) console.error(`  ${before.has(d) ? 'changed' : 'added'}: ${d}`);
  for (const d of before.keys()) if (!after.has(d)) console.error(`  removed: ${d}`);
}
if (drift > 0) {
  console.error('Run `pnpm contract:update`, review the diff of packages/contract/pacts/, and commit it.');
  process.exit(1);
}
console.log(`check-drift: ${written.length} pact file(s) match the committed contract`);
