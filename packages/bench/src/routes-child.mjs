// bycontact and opportunity/filter side by side, in a fresh process, under the headline protocol
// (steady.mjs): `node routes-child.mjs <files as JSON> [filter-first]`. Each route's decodes are
// given as ratios to JSON.parse of that route's own JSON text, and per item. The route that runs
// second in a round pays for the garbage of the first, so the caller alternates the order.
import { readFileSync } from 'node:fs';
import { decodeOpportunities } from '@oo-crm/core';
import { check, steadyRounds } from './steady.mjs';

const files = JSON.parse(process.argv[2]);
const body = (key) => readFileSync(files[key], 'utf8');
const routes = ['bycontact', 'filter'];
const cases = {};
for (const route of process.argv[3] === 'filter-first' ? [...routes].reverse() : routes) {
  const json = body(`${route}.json`);
  const xml = body(`${route}.xml`);
  cases[`${route}: JSON.parse`] = () => JSON.parse(json);
  cases[`${route}: JSON decode`] = () => check(decodeOpportunities(json, 'json'));
  cases[`${route}: XML decode`] = () => check(decodeOpportunities(xml, 'xml'));
}
const { rounds, cases: measured } = await steadyRounds(cases, 3000, 6000);
const items = check(decodeOpportunities(body('filter.json'), 'json')).right.items.length;
const byName = Object.fromEntries(measured.map((c) => [c.name, c.medianMs]));
process.stdout.write(
  JSON.stringify({
    items,
    rounds,
    routes: routes.map((route) => {
      const floor = byName[`${route}: JSON.parse`];
      const json = byName[`${route}: JSON decode`];
      const xml = byName[`${route}: XML decode`];
      return {
        route,
        jsonBytes: Buffer.byteLength(body(`${route}.json`)),
        floorMs: floor,
        json: { ratio: json / floor, usPerItem: (json * 1000) / items },
        xml: { ratio: xml / floor, usPerItem: (xml * 1000) / items },
      };
    }),
  }),
);
