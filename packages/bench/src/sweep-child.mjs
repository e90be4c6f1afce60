// One size of the sweep, in a fresh process so that every size starts from the same heap:
// JSON.parse, our decoder and the hand-written check of `n` opportunities; prints the results.
import { decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { handCheck } from './hand-check.mjs';
import { measure } from './measure.mjs';

const n = Number(process.argv[2]);
const cleanStart = process.argv[3] === 'clean';
const items = generateOpportunities(n);
const json = encodeOpportunities({ count: items.length, items }, 'json');
const [floor, ours, hand] = await measure(
  {
    'JSON.parse': () => JSON.parse(json),
    ours: () => {
      const result = decodeOpportunities(json, 'json');
      if (result._tag === 'Left') throw new Error(result.left.message);
      return result;
    },
    hand: () => handCheck(json),
  },
  { iterations: 15, time: 0, cleanStart },
);
process.stdout.write(JSON.stringify({ opportunities: n, cleanStart, floor, ours, hand }));
