// What one call allocates and what it keeps, per opportunity, in a fresh process given a young
// generation large enough that no collection happens inside a call:
// `node --expose-gc --min-semi-space-size=512 --max-semi-space-size=512 alloc-child.mjs <opportunities> [core module]`.
// Unlike times, these figures do not depend on how busy the machine is. `core module`: see steady-child.mjs.
import { generateOpportunities } from '@oo-crm/testkit';
import { median } from './measure.mjs';
import { check } from './steady.mjs';

const n = Number(process.argv[2]);
const { decodeOpportunities, encodeOpportunities } = await import(process.argv[3] ?? '@oo-crm/core');
const items = generateOpportunities(n);
const page = { count: items.length, items };
const json = encodeOpportunities(page, 'json');
const xml = encodeOpportunities(page, 'xml');
const cases = {
  'JSON.parse (floor)': () => JSON.parse(json),
  'ours: JSON decode': () => check(decodeOpportunities(json, 'json')),
  'ours: XML decode': () => check(decodeOpportunities(xml, 'xml')),
};
const heap = () => process.memoryUsage().heapUsed;
const measured = Object.entries(cases).map(([name, run]) => {
  for (let i = 0; i < 10; i++) run();
  const allocated = [];
  const kept = [];
  for (let i = 0; i < 7; i++) {
    globalThis.gc();
    const before = heap();
    let value = run();
    allocated.push(heap() - before);
    globalThis.gc();
    kept.push(heap() - before);
    value = undefined;
    void value;
  }
  return { name, allocatedPerItem: median(allocated) / n, keptPerItem: median(kept) / n };
});
process.stdout.write(JSON.stringify({ opportunities: n, cases: measured }));
