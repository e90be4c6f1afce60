// The headline protocol, one size in a fresh process:
// `node steady-child.mjs <opportunities> [warm ms] [measure ms] [core module]`.
// The steady state of a long-running service (steady.mjs): JSON.parse, our JSON decode and our XML
// decode, interleaved; ratios to the median of JSON.parse of the same data in the same process.
// `core module` (a path to another build's dist/esm/index.js) is for ab.mjs; by default @oo-crm/core.
import { generateOpportunities } from '@oo-crm/testkit';
import { check, steadyRounds } from './steady.mjs';

const n = Number(process.argv[2]);
const WARM_MS = Number(process.argv[3] ?? 3000);
const MEASURE_MS = Number(process.argv[4] ?? 6000);
const { decodeOpportunities, encodeOpportunities } = await import(process.argv[5] ?? '@oo-crm/core');

const items = generateOpportunities(n);
const page = { count: items.length, items };
const json = encodeOpportunities(page, 'json');
const xml = encodeOpportunities(page, 'xml');

const { rounds, cases: measured } = await steadyRounds(
  {
    'JSON.parse (floor)': () => JSON.parse(json),
    'ours: JSON decode': () => check(decodeOpportunities(json, 'json')),
    'ours: XML decode': () => check(decodeOpportunities(xml, 'xml')),
  },
  WARM_MS,
  MEASURE_MS,
);
process.stdout.write(
  JSON.stringify({
    opportunities: n,
    jsonBytes: Buffer.byteLength(json),
    xmlBytes: Buffer.byteLength(xml),
    rounds,
    cases: measured,
  }),
);
