import { decodeEnvelope, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';

const n = Number(process.argv[2]);
const json = encodeOpportunities({ count: n, items: generateOpportunities(n) }, 'json');
const wire = JSON.parse(json);
const t = [[], []];
let sink;
const end = performance.now() + 8000;
let k = 0;
while (performance.now() < end) {
  let t0 = performance.now();
  sink = JSON.parse(json);
  const a = performance.now() - t0;
  t0 = performance.now();
  sink = decodeEnvelope(wire);
  const b = performance.now() - t0;
  if (k++ > 20) {
    t[0].push(a);
    t[1].push(b);
  }
}
const med = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
console.log(
  n,
  'parse',
  med(t[0]).toFixed(2),
  'decode-only',
  med(t[1]).toFixed(2),
  (med(t[1]) / med(t[0])).toFixed(3),
);
