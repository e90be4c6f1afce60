// pnpm bench: every case in one process, medians and spread, ratios to JSON.parse measured in
// the same run; then memory (fresh processes) and HTTP on loopback. Writes .bench-out/results.json,
// docs/benchmarks.md and docs/benchmarks.svg.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { Bench } from 'tinybench';
import { httpBench } from './http.mjs';
import { fastXmlParserDecode, ioTsDecode, zodDecode } from './peers.mjs';
import { writeReport } from './report.mjs';

const OUT = new URL('../../../.bench-out/', import.meta.url);
const SIZES = [100, 1000, 10000];
const gc = globalThis.gc ?? (() => {});

function check(result) {
  if (result?._tag === 'Left') throw new Error(result.left.message);
  return result;
}

async function decodeCases(n) {
  const items = generateOpportunities(n);
  const page = { count: items.length, items };
  const json = encodeOpportunities(page, 'json');
  const xml = encodeOpportunities(page, 'xml');
  const bench = new Bench({
    iterations: n >= 10000 ? 12 : n >= 1000 ? 40 : 200,
    time: n >= 10000 ? 0 : 500,
    warmup: true,
  });
  // A collection before each iteration: every case pays for its own garbage, not its neighbour's.
  const opts = { beforeEach: () => gc() };
  bench
    .add('JSON.parse (floor)', () => JSON.parse(json), opts)
    .add('ours: JSON decode', () => check(decodeOpportunities(json, 'json')), opts)
    .add('plain io-ts decode', () => ioTsDecode(json), opts)
    .add('zod 4 decode', () => zodDecode(json), opts)
    .add('ours: XML decode', () => check(decodeOpportunities(xml, 'xml')), opts)
    .add('fast-xml-parser + normalise + io-ts', () => fastXmlParserDecode(xml), opts)
    .add('ours: JSON encode', () => encodeOpportunities(page, 'json'), opts)
    .add('ours: XML encode', () => encodeOpportunities(page, 'xml'), opts);
  await bench.run();
  const floor = bench.tasks[0].result.latency.p50;
  return {
    opportunities: n,
    jsonBytes: Buffer.byteLength(json),
    xmlBytes: Buffer.byteLength(xml),
    cases: bench.tasks.map((t) => ({
      name: t.name,
      medianMs: t.result.latency.p50,
      madMs: t.result.latency.mad,
      samples: t.result.latency.samplesCount,
      ratio: t.result.latency.p50 / floor,
    })),
  };
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
};

console.log(`oo-crm bench on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}`);
const decode = [];
for (const n of SIZES) {
  const r = await decodeCases(n);
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
          '× JSON.parse': +c.ratio.toFixed(2),
        },
      ]),
    ),
  );
}
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

const results = { machine, decode, memory, http };
mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('results.json', OUT), `${JSON.stringify(results, null, 2)}\n`);
writeReport(results);
console.log('\nWrote .bench-out/results.json, docs/benchmarks.md and docs/benchmarks.svg');
