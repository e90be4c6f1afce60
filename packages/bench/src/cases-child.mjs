// One size of the benchmark in a fresh process, so that every size starts from the same heap:
// `node --expose-gc cases-child.mjs <opportunities> <clean|steady> <all|json>` prints the results.
// `all`: every decoder and encoder with its peers; `json`: JSON.parse, ours and the hand check.
import { decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { handCheck } from './hand-check.mjs';
import { measure } from './measure.mjs';
import { fastXmlParserDecode, ioTsDecode, zodDecode } from './peers.mjs';

const [n, start, set] = [Number(process.argv[2]), process.argv[3], process.argv[4]];

function check(result) {
  if (result?._tag === 'Left') throw new Error(result.left.message);
  return result;
}

const items = generateOpportunities(n);
const page = { count: items.length, items };
const json = encodeOpportunities(page, 'json');
const xml = encodeOpportunities(page, 'xml');
if (!handCheck(json)) throw new Error('the hand-written check refuses a good body');
if (handCheck(json.replace('"shareType":0', '"shareType":3'))) {
  throw new Error('the hand-written check takes a bad body');
}

const jsonCases = {
  'JSON.parse (floor)': () => JSON.parse(json),
  'ours: JSON decode': () => check(decodeOpportunities(json, 'json')),
  'hand-written check (builds nothing)': () => handCheck(json),
};
const allCases = {
  ...jsonCases,
  'ours through io-ts (PageEnvelope.decode)': () => ioTsDecode(json),
  'zod 4 decode': () => zodDecode(json),
  'ours: XML decode': () => check(decodeOpportunities(xml, 'xml')),
  'fast-xml-parser + normalise + io-ts': () => fastXmlParserDecode(xml),
  'ours: JSON encode': () => encodeOpportunities(page, 'json'),
  'ours: XML encode': () => encodeOpportunities(page, 'xml'),
};
const cases = await measure(set === 'all' ? allCases : jsonCases, {
  iterations: n >= 5000 ? 12 : n >= 1000 ? 40 : 200,
  time: n >= 5000 ? 0 : 500,
  cleanStart: start === 'clean',
});
process.stdout.write(
  JSON.stringify({
    opportunities: n,
    cleanStart: start === 'clean',
    jsonBytes: Buffer.byteLength(json),
    xmlBytes: Buffer.byteLength(xml),
    cases,
  }),
);
