// Where a JSON decode's time goes, against JSON.parse, under the headline protocol (issue #31):
// `node src/json-accounting.mjs [processes] [sizes…]` (default 3 processes; 100, 1,000, 10,000).
// Not part of `pnpm bench`'s run (it takes several minutes). Per size, in `processes` fresh
// processes (json-accounting-child.mjs), each call's time split into mutator time and collection
// pauses; a JSON decode split into its `JSON.parse` and its walk; the same with the walk replaced by
// a check that builds nothing (`check`); then what the model and JSON.parse's tree keep, by kind,
// from a heap snapshot (json-retained-child.mjs), and what one call allocates (alloc-child.mjs).
// Prints markdown tables (the figures of docs/benchmarks.md's accounting) and writes the raw
// figures to .bench-out/json-accounting.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { allocationAt } from './allocation.mjs';
import { median } from './measure.mjs';

const [processesArg, ...sizesArg] = process.argv.slice(2);
const processes = Number(processesArg ?? 3);
const sizes = sizesArg.length > 0 ? sizesArg.map(Number) : [100, 1000, 10000];
const here = (file) => new URL(file, import.meta.url).pathname;
const node = (args) =>
  JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 2 ** 24 }));
const load = loadavg()[0];

/** The timing child's figures at `n`, the medians over `processes` fresh processes. */
function timedAt(n, walk) {
  const runs = Array.from({ length: processes }, () =>
    node([here('./json-accounting-child.mjs'), String(n), '3000', '6000', walk]),
  );
  const out = {};
  for (const phase of Object.keys(runs[0])) {
    if (typeof runs[0][phase] !== 'object') continue;
    out[phase] = {};
    for (const key of Object.keys(runs[0][phase])) out[phase][key] = median(runs.map((r) => r[phase][key]));
  }
  return out;
}

const results = sizes.map((n) => ({
  opportunities: n,
  model: timedAt(n, 'model'),
  check: timedAt(n, 'check'),
  retained: node(['--expose-gc', here('./json-retained-child.mjs'), String(n)]),
  allocated: allocationAt(n),
}));

// Per opportunity, in microseconds (times) and bytes (memory).
const us = (ms, n) => ((ms * 1000) / n).toFixed(2);
const gc = (p) => p.minorMs + p.majorMs;
const mut = (p) => p.wallMs - gc(p);

const lines = [];
const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
lines.push(
  `Per opportunity, µs: means over each case's calls (so that the parts add up), medians over ${processes} processes; load average ${load.toFixed(1)} at the start.`,
  '',
);
row([
  'opportunities',
  'JSON.parse: mutator + GC',
  'decode: its JSON.parse, mutator + GC',
  'decode: walk, mutator + GC',
  'extra GC (decode − JSON.parse)',
  'decode ÷ JSON.parse (means)',
  'medians, as the headline',
  'CPU',
  'walk that builds nothing',
]);
row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
for (const { opportunities: n, model, check } of results) {
  const { parse, splitParse: sp, splitWalk: sw, decode } = model;
  row([
    n.toLocaleString('en'),
    `${us(mut(parse), n)} + ${us(gc(parse), n)}`,
    `${us(mut(sp), n)} + ${us(gc(sp), n)}`,
    `${us(mut(sw), n)} + ${us(gc(sw), n)}`,
    us(gc(sp) + gc(sw) - gc(parse), n),
    `${(model.split.wallMs / parse.wallMs).toFixed(2)}× (${(decode.wallMs / parse.wallMs).toFixed(2)}×)`,
    `${(decode.medianMs / parse.medianMs).toFixed(2)}×`,
    `${(decode.cpuMs / parse.cpuMs).toFixed(2)}×`,
    `${us(mut(check.splitWalk), n)} + ${us(gc(check.splitWalk), n)}`,
  ]);
}
lines.push('');
lines.push(
  'Collections, per opportunity, µs (scavenge / mark-compact), and the share of calls that collect:',
  '',
);
row(['opportunities', 'JSON.parse', 'decode: its JSON.parse', 'decode: walk']);
row(['---:', '---:', '---:', '---:']);
for (const { opportunities: n, model } of results) {
  const c = (p) => `${us(p.minorMs, n)} / ${us(p.majorMs, n)} (${Math.round(p.collecting * 100)}%)`;
  row([n.toLocaleString('en'), c(model.parse), c(model.splitParse), c(model.splitWalk)]);
}

// Memory: what the model and the tree keep, by kind, per opportunity.
const kinds = [
  ...new Set(results.flatMap((r) => [...Object.keys(r.retained.model), ...Object.keys(r.retained.tree)])),
]
  .filter((k) => !k.startsWith('other'))
  .sort();
lines.push(
  '',
  "Kept per opportunity (heap snapshot): objects, bytes — the model against JSON.parse's tree:",
  '',
);
row([
  'kind',
  ...results.map((r) => `${r.opportunities.toLocaleString('en')}: model`),
  ...results.map((r) => `${r.opportunities.toLocaleString('en')}: tree`),
]);
row(['---', ...results.flatMap(() => ['---:', '---:'])]);
const cell = (k, n) => (k === undefined ? '–' : `${(k.objects / n).toFixed(2)}, ${Math.round(k.bytes / n)}`);
const total = (kept) => {
  const t = { objects: 0, bytes: 0 };
  for (const k of Object.values(kept)) {
    t.objects += k.objects;
    t.bytes += k.bytes;
  }
  return t;
};
for (const k of [...kinds, 'other']) {
  const pick = (kept) =>
    k === 'other'
      ? Object.entries(kept)
          .filter(([name]) => name.startsWith('other'))
          .reduce((t, [, v]) => ({ objects: t.objects + v.objects, bytes: t.bytes + v.bytes }), {
            objects: 0,
            bytes: 0,
          })
      : kept[k];
  row([
    k === 'other' ? 'other (hidden classes, property stores)' : k,
    ...results.map((r) => cell(pick(r.retained.model), r.opportunities)),
    ...results.map((r) => cell(pick(r.retained.tree), r.opportunities)),
  ]);
}
row([
  '**total**',
  ...results.map((r) => cell(total(r.retained.model), r.opportunities)),
  ...results.map((r) => cell(total(r.retained.tree), r.opportunities)),
]);
lines.push(
  '',
  'One call allocates / keeps, bytes per opportunity (alloc-child.mjs, no collection inside the call):',
  '',
);
row(['opportunities', 'JSON.parse', 'JSON decode', 'difference']);
row(['---:', '---:', '---:', '---:']);
for (const { opportunities: n, allocated } of results) {
  const [p, d] = allocated.cases;
  row([
    n.toLocaleString('en'),
    `${Math.round(p.allocatedPerItem)} / ${Math.round(p.keptPerItem)}`,
    `${Math.round(d.allocatedPerItem)} / ${Math.round(d.keptPerItem)}`,
    `${Math.round(d.allocatedPerItem - p.allocatedPerItem)} / ${Math.round(d.keptPerItem - p.keptPerItem)}`,
  ]);
}

console.log(lines.join('\n'));
const OUT = new URL('../../../.bench-out/', import.meta.url);
mkdirSync(OUT, { recursive: true });
writeFileSync(
  new URL('json-accounting.json', OUT),
  JSON.stringify(
    { date: new Date().toISOString(), load, node: process.version, processes, results },
    null,
    2,
  ),
);
