// What a JSON decode's model keeps, against what JSON.parse's tree keeps, by kind of object, from a
// heap snapshot: `node --expose-gc json-retained-child.mjs <opportunities>`. For json-accounting.mjs.
// An object counts for a value when it is reachable from the value and from no root otherwise
// (what the value alone keeps alive: its retained set). Sizes are V8's shallow sizes (Node 20 has
// no pointer compression: a pointer is 8 bytes).
import { getHeapSnapshot } from 'node:v8';
import { decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { check } from './steady.mjs';

const n = Number(process.argv[2]);
const items = generateOpportunities(n);
const json = encodeOpportunities({ count: items.length, items }, 'json');

// Holders the snapshot finds by their class's name.
class AccountingModel {
  constructor(value) {
    this.value = value;
  }
}
class AccountingTree {
  constructor(value) {
    this.value = value;
  }
}
// Warm, so that the decode runs its optimised code (pretenuring decisions included) as in a service.
for (let i = 0; i < 5; i++) check(decodeOpportunities(json, 'json'));
// Made in a function whose frame is gone when the snapshot is taken: a value left in a register
// of this module's frame would count as held by the stack.
const hold = () => [
  new AccountingModel(check(decodeOpportunities(json, 'json')).right),
  new AccountingTree(JSON.parse(json)),
];
const held = hold();
globalThis.gc();

const snapshot = await new Promise((resolve, reject) => {
  const chunks = [];
  const stream = getHeapSnapshot();
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
  stream.on('error', reject);
});
void held;

const { meta } = snapshot.snapshot;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const [nType, nName, , nSize, nEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
  meta.node_fields.indexOf(f),
);
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
const nodeTypes = meta.node_types[nType];
const edgeTypes = meta.edge_types[eType];
const { nodes, edges, strings } = snapshot;
const count = nodes.length / NF;
const firstEdge = new Uint32Array(count + 1);
for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * NF + nEdges] * EF;
const typeOf = (i) => nodeTypes[nodes[i * NF + nType]];
const nameOf = (i) => strings[nodes[i * NF + nName]];
const WEAK = edgeTypes.indexOf('weak');
const PROPERTY = edgeTypes.indexOf('property');
const holderOf = (name) => {
  for (let i = 0; i < count; i++) if (typeOf(i) === 'object' && nameOf(i) === name) return i;
  throw new Error(`no ${name} in the snapshot`);
};
const holders = [holderOf('AccountingModel'), holderOf('AccountingTree')];
/** The value a holder holds: its `value` property. */
const heldValue = (h) => {
  for (let e = firstEdge[h]; e < firstEdge[h + 1]; e += EF) {
    if (edges[e + eType] === PROPERTY && strings[edges[e + eName]] === 'value') return edges[e + eTo] / NF;
  }
  throw new Error('a holder without its value');
};

/** Marks (in `seen`) what is reachable from `start` through strong edges, not through `stop`. */
function reach(start, seen, stop) {
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const i = stack.pop();
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) {
      if (edges[e + eType] === WEAK) continue;
      const to = edges[e + eTo] / NF;
      if (seen[to] === 0 && !stop.includes(to)) {
        seen[to] = 1;
        stack.push(to);
      }
    }
  }
}
const fromRoots = new Uint8Array(count);
reach(0, fromRoots, holders);

/** The property names of an object node, to tell a record's kind. */
const propertyNames = (i) => {
  const names = new Set();
  for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) {
    if (edges[e + eType] === PROPERTY) names.add(strings[edges[e + eName]]);
  }
  return names;
};
// A record's kind by a property only it has whose value is not a small integer (a snapshot shows
// no edge for those): model/*.ts; the envelope's list is `response` on the wire, `items` in the model.
const RECORD_KINDS = [
  ['createBy', 'Opportunity'],
  ['profileUrl', 'Employee'],
  ['smallFotoUrl', 'Contact'],
  ['abbreviation', 'Currency'],
  ['color', 'Stage'],
  ['fieldValue', 'CustomField'],
  ['response', 'envelope'],
  ['items', 'envelope'],
];
function kindOf(i) {
  const type = typeOf(i);
  if (type === 'object') {
    const name = nameOf(i);
    if (name === 'ApiDateTime') return 'ApiDateTime';
    if (name === 'Array') return 'arrays';
    if (name === 'Object') {
      const props = propertyNames(i);
      for (const [key, kind] of RECORD_KINDS) if (props.has(key)) return `record: ${kind}`;
      return 'record: other';
    }
    return `object: ${name}`;
  }
  // An array's elements and a record's out-of-object properties are internal arrays.
  if (type === 'array') return nameOf(i) === '(object properties)' ? 'property stores' : 'arrays';
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return 'strings';
  if (type === 'number' || type === 'heap number') return 'numbers';
  return `other: ${type} ${nameOf(i)}`;
}

const retainedBy = (h) => {
  const seen = new Uint8Array(count);
  reach(heldValue(h), seen, holders);
  const kinds = {};
  for (let i = 0; i < count; i++) {
    if (seen[i] === 0 || fromRoots[i] === 1) continue;
    const kind = kindOf(i);
    kinds[kind] ??= { objects: 0, bytes: 0 };
    const k = kinds[kind];
    k.objects++;
    k.bytes += nodes[i * NF + nSize];
  }
  return kinds;
};
process.stdout.write(
  JSON.stringify({ opportunities: n, model: retainedBy(holders[0]), tree: retainedBy(holders[1]) }),
);
