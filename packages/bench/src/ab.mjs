// An A/B of two builds of core under the headline protocol (steady-child.mjs), in fresh processes
// that alternate A, B, A, B… (B first every other pair), so that neither build always runs on a
// quieter machine: `node src/ab.mjs <A dist/esm/index.js> <B dist/esm/index.js> [pairs] [sizes…]`.
// A build of another commit must sit where its imports resolve, e.g. packages/core/node_modules/.ab-a/
// (`cp -r packages/core/dist packages/core/node_modules/.ab-a` at that commit).
// Prints, per size and build, the median over the processes of each case's ratio to JSON.parse,
// and what one XML decode allocates per opportunity (alloc-child.mjs).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { allocationAt } from './allocation.mjs';
import { median } from './measure.mjs';

const [a, b, pairsArg, ...sizesArg] = process.argv.slice(2);
if (a === undefined || b === undefined) {
  console.error('usage: node src/ab.mjs <A dist/esm/index.js> <B dist/esm/index.js> [pairs] [sizes…]');
  process.exit(2);
}
const builds = { A: resolve(a), B: resolve(b) };
const pairs = Number(pairsArg ?? 5);
const sizes = sizesArg.length > 0 ? sizesArg.map(Number) : [100, 1000, 10000];
const child = new URL('./steady-child.mjs', import.meta.url).pathname;

const run = (n, build) =>
  JSON.parse(
    execFileSync(process.execPath, [child, String(n), '2000', '4000', builds[build]], { encoding: 'utf8' }),
  );

const results = [];
for (const n of sizes) {
  const runs = { A: [], B: [] };
  for (let i = 0; i < pairs; i++) {
    for (const build of i % 2 ? ['B', 'A'] : ['A', 'B']) runs[build].push(run(n, build));
  }
  for (const build of ['A', 'B']) {
    const rs = runs[build];
    const row = { opportunities: n, build, processes: rs.length };
    for (const [i, c] of rs[0].cases.entries()) {
      row[c.name] = +median(rs.map((r) => r.cases[i].ratio)).toFixed(2);
      if (i > 0) row[`${c.name} (CPU)`] = +median(rs.map((r) => r.cases[i].cpuRatio)).toFixed(2);
    }
    row['JSON.parse ms'] = +median(rs.map((r) => r.cases[0].medianMs)).toFixed(2);
    // Bytes per opportunity one XML decode allocates: does not depend on the machine's load.
    row['XML B/item'] = Math.round(allocationAt(n, builds[build]).cases[2].allocatedPerItem);
    results.push(row);
  }
  console.table(results.filter((r) => r.opportunities === n));
}
console.log(JSON.stringify({ builds, pairs, results }));
