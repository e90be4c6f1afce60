// pnpm bench: the steady state (the headline) and the clean start, each size in fresh processes; ratios to
// JSON.parse measured in the same run; then memory (fresh processes) and HTTP on loopback.
// Writes .bench-out/results.json, docs/benchmarks.md and docs/benchmarks.svg.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { allocationAt } from './allocation.mjs';
import { httpBench } from './http.mjs';
import { caseNamed, median } from './measure.mjs';
import { writeReport } from './report.mjs';
import { writeRouteBodies } from './route-bodies.mjs';

const OUT = new URL('../../../.bench-out/', import.meta.url);
const SIZES = [100, 1000, 10000];
const SWEEP = [8000, 9000, 10000, 11000, 12000, 13000];

/** One size of the benchmark, in a fresh process (see cases-child.mjs). */
function casesAt(n, start, set) {
  const child = new URL('./cases-child.mjs', import.meta.url).pathname;
  const out = execFileSync(process.execPath, ['--expose-gc', child, String(n), start, set], {
    encoding: 'utf8',
    maxBuffer: 2 ** 20,
  });
  return JSON.parse(out);
}

/**
 * The headline protocol at one size (see steady-child.mjs), in `processes` fresh processes: where
 * V8's collections land differs from one process to the next, so the figures are the medians of
 * the processes' medians.
 */
function steadyAt(n, processes) {
  const child = new URL('./steady-child.mjs', import.meta.url).pathname;
  const runs = Array.from({ length: processes }, () =>
    JSON.parse(execFileSync(process.execPath, [child, String(n)], { encoding: 'utf8' })),
  );
  return {
    ...runs[0],
    processes,
    rounds: runs.reduce((sum, r) => sum + r.rounds, 0),
    cases: runs[0].cases.map((c, i) => ({
      name: c.name,
      medianMs: median(runs.map((r) => r.cases[i].medianMs)),
      ratio: median(runs.map((r) => r.cases[i].ratio)),
      cpuRatio: median(runs.map((r) => r.cases[i].cpuRatio)),
      collecting: median(runs.map((r) => r.cases[i].collecting)),
    })),
  };
}

/**
 * bycontact's and opportunity/filter's answers for the same deals (route-bodies.mjs), decoded side
 * by side under the headline protocol in `processes` fresh processes, in alternating order; medians
 * of their figures.
 */
function routesAt(files, processes) {
  const child = new URL('./routes-child.mjs', import.meta.url).pathname;
  // Every other process runs the filter's cases first: neither route always pays for the other.
  const runs = Array.from({ length: processes }, (_, i) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [child, JSON.stringify(files), i % 2 ? 'filter-first' : 'bycontact-first'],
        {
          encoding: 'utf8',
        },
      ),
    ),
  );
  const med = (pick) => median(runs.map(pick));
  return {
    items: runs[0].items,
    processes,
    routes: runs[0].routes.map((r, i) => ({
      route: r.route,
      jsonBytes: r.jsonBytes,
      json: { ratio: med((x) => x.routes[i].json.ratio), usPerItem: med((x) => x.routes[i].json.usPerItem) },
      xml: { ratio: med((x) => x.routes[i].xml.ratio), usPerItem: med((x) => x.routes[i].xml.usPerItem) },
    })),
  };
}

/** How much of the decode goes to collection, by size around 10,000, from a clean start. */
function sweepCases() {
  return SWEEP.map((n) => {
    const run = casesAt(n, 'clean', 'json');
    return {
      opportunities: n,
      cleanStart: run.cleanStart,
      floor: caseNamed(run, 'JSON.parse (floor)'),
      ours: caseNamed(run, 'ours: JSON decode'),
      hand: caseNamed(run, 'hand-written check (builds nothing)'),
    };
  });
}

function memoryCase() {
  const items = generateOpportunities(10000);
  const page = { count: items.length, items };
  mkdirSync(OUT, { recursive: true });
  const files = {
    json: new URL('bench-10000.json', OUT).pathname,
    xml: new URL('bench-10000.xml', OUT).pathname,
  };
  writeFileSync(files.json, encodeOpportunities(page, 'json'));
  writeFileSync(files.xml, encodeOpportunities(page, 'xml'));
  const peak = (mode, file) => {
    const runs = [0, 1, 2].map(
      () =>
        JSON.parse(
          execFileSync(
            process.execPath,
            [new URL('./memory-child.mjs', import.meta.url).pathname, mode, file],
            { encoding: 'utf8' },
          ),
        ).maxRssKiB,
    );
    return Math.min(...runs) * 1024;
  };
  const result = {};
  for (const [format, mode] of [
    ['json', 'parse'],
    ['json', 'json'],
    ['xml', 'xml'],
  ]) {
    const file = files[format];
    const bytes = statSync(file).size;
    const extra = peak(mode, file) - peak('read', file);
    result[mode === 'parse' ? 'JSON.parse' : `ours: ${format.toUpperCase()} decode`] = {
      inputBytes: bytes,
      extraPeakBytes: extra,
      ratioToInput: extra / bytes,
    };
  }
  return result;
}

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  date: new Date().toISOString().slice(0, 10),
  // Other work on the machine stretches long calls more than short ones (a call that outlasts a
  // time slice waits for the next), so ratios from a busy machine read high: the page says how busy.
  loadAverage: loadavg()[1],
};

console.log(`oo-crm bench on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}`);
console.log('\nSteady state (the headline): × JSON.parse, medians of interleaved rounds');
const steady = [];
for (const n of [100, 1000, ...SWEEP]) {
  const r = steadyAt(n, n < 5000 ? 5 : 1);
  steady.push(r);
  console.log(
    `${String(n).padStart(6)}: ${r.cases.map((c) => `${c.name} ${c.ratio.toFixed(2)}× (CPU ${c.cpuRatio.toFixed(2)}×)`).join(', ')} (${r.rounds} rounds)`,
  );
}
const allocation = [1000, 10000].map((n) => allocationAt(n));
console.log('\nAllocated and kept per opportunity by one call (bytes)');
for (const r of allocation) {
  console.log(
    `${String(r.opportunities).padStart(6)}: ${r.cases.map((c) => `${c.name} ${Math.round(c.allocatedPerItem)} / ${Math.round(c.keptPerItem)}`).join(', ')}`,
  );
}
mkdirSync(OUT, { recursive: true });
const routes = await routesAt(await writeRouteBodies(new URL('.', OUT).pathname), 5);
console.log(
  `\nbycontact and filter, the same ${routes.items} deals from the portal (${routes.processes} processes)`,
);
console.table(
  Object.fromEntries(
    routes.routes.map((r) => [
      r.route,
      {
        'JSON ×': +r.json.ratio.toFixed(2),
        'JSON µs/item': +r.json.usPerItem.toFixed(1),
        'XML ×': +r.xml.ratio.toFixed(2),
        'XML µs/item': +r.xml.usPerItem.toFixed(1),
      },
    ]),
  ),
);
console.log('\nClean start (a collection before each call)');
const decode = [];
for (const n of SIZES) {
  const r = casesAt(n, 'clean', 'all');
  decode.push(r);
  console.log(
    `\n${n} opportunities (JSON ${(r.jsonBytes / 1e6).toFixed(1)} MB, XML ${(r.xmlBytes / 1e6).toFixed(1)} MB)`,
  );
  console.table(
    Object.fromEntries(
      r.cases.map((c) => [
        c.name,
        {
          'median ms': +c.medianMs.toFixed(2),
          'MAD ms': +c.madMs.toFixed(2),
          'GC ms': +c.gcMs.toFixed(2),
          '× JSON.parse': +c.ratio.toFixed(2),
        },
      ]),
    ),
  );
}
const sweep = sweepCases();
console.log('\nJSON decode by size around 10,000 (GC: milliseconds of collection inside a call)');
console.table(
  Object.fromEntries(
    sweep.map((r) => [
      `${r.opportunities}`,
      {
        'ours ×': +r.ours.ratio.toFixed(2),
        'hand check ×': +r.hand.ratio.toFixed(2),
        'JSON.parse GC ms': +r.floor.gcMs.toFixed(1),
        'ours GC ms': +r.ours.gcMs.toFixed(1),
      },
    ]),
  ),
);
const memory = memoryCase();
console.log('\nPeak memory beyond reading the body, 10,000 opportunities');
console.table(
  Object.fromEntries(
    Object.entries(memory).map(([k, v]) => [
      k,
      { MiB: +(v.extraPeakBytes / 2 ** 20).toFixed(1), '× input': +v.ratioToInput.toFixed(2) },
    ]),
  ),
);
const http = await httpBench();
console.log(
  `\nHTTP on loopback: ${http.opportunitiesPerResponse} opportunities per response, ${http.concurrency} in flight`,
);
console.table(
  Object.fromEntries(
    Object.entries(http.results).map(([k, v]) => [
      k,
      { 'req/s': Math.round(v.rps), 'p50 ms': +v.p50.toFixed(2), 'p99 ms': +v.p99.toFixed(2) },
    ]),
  ),
);

const results = { machine, steady, allocation, routes, decode, sweep, memory, http };
mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('results.json', OUT), `${JSON.stringify(results, null, 2)}\n`);
writeReport(results);
console.log('\nWrote .bench-out/results.json, docs/benchmarks.md and docs/benchmarks.svg');
