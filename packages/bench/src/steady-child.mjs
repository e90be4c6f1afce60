// The headline protocol, one size in a fresh process: `node steady-child.mjs <opportunities>`.
// The steady state of a long-running service: warmed for a few seconds, then rounds in which
// JSON.parse, our JSON decode and our XML decode run once each, interleaved, with no forced
// collection, so that each call pays for the garbage it makes. Medians per case; ratios to the
// median of JSON.parse of the same data in the same process.
import { decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { median } from './measure.mjs';

const n = Number(process.argv[2]);
const WARM_MS = Number(process.argv[3] ?? 3000);
const MEASURE_MS = Number(process.argv[4] ?? 6000);

const items = generateOpportunities(n);
const page = { count: items.length, items };
const json = encodeOpportunities(page, 'json');
const xml = encodeOpportunities(page, 'xml');

function check(result) {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result;
}

const cases = {
  'JSON.parse (floor)': () => JSON.parse(json),
  'ours: JSON decode': () => check(decodeOpportunities(json, 'json')),
  'ours: XML decode': () => check(decodeOpportunities(xml, 'xml')),
};
const names = Object.keys(cases);
const runs = Object.values(cases);
const times = names.map(() => []);

let sink;
const round = (record) => {
  for (let i = 0; i < runs.length; i++) {
    const t0 = performance.now();
    sink = runs[i]();
    const t = performance.now() - t0;
    if (record) times[i].push(t);
  }
};

for (const end = performance.now() + WARM_MS; performance.now() < end; ) round(false);
for (const end = performance.now() + MEASURE_MS; performance.now() < end || times[0].length < 15; )
  round(true);
void sink;

const floor = median(times[0]);
process.stdout.write(
  JSON.stringify({
    opportunities: n,
    jsonBytes: Buffer.byteLength(json),
    xmlBytes: Buffer.byteLength(xml),
    rounds: times[0].length,
    cases: names.map((name, i) => ({ name, medianMs: median(times[i]), ratio: median(times[i]) / floor })),
  }),
);
