// One size of the JSON decode's time accounting (json-accounting.mjs), in a fresh process:
// `node json-accounting-child.mjs <opportunities> [warm ms] [measure ms] [walk] [spans file]`.
// The headline protocol (steady.mjs: warmed, the cases interleaved, no forced collection), with
// every call's collections attributed to it: each `gc` performance entry that starts inside a
// call is a pause of that call. The JSON decode runs in its two phases in every other round,
// `JSON.parse` of the body, then the walk that builds the model (what decodeBody does for JSON:
// wire/body.ts), each phase timed with its own collections; in the other rounds it runs as
// `decodeOpportunities`, so that the split can be checked to cost what the real call costs.
// `walk` = `check` (a diagnostic) walks the parsed tree with the hand-written check instead, which
// reads every value and builds nothing (hand-check.mjs): the cost of reading the tree alone.
import { writeFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { decodeOpportunities, encodeOpportunities, PageEnvelope } from '@oo-crm/core';
import { generateOpportunities } from '@oo-crm/testkit';
import { handCheckValue } from './hand-check.mjs';
import { median } from './measure.mjs';
import { check } from './steady.mjs';

const n = Number(process.argv[2]);
const WARM_MS = Number(process.argv[3] ?? 3000);
const MEASURE_MS = Number(process.argv[4] ?? 6000);
const WALK = process.argv[5] ?? 'model';
// With `--cpu-prof` (json-walk-profile.mjs): where to write the measured spans of each
// phase on the profiler's clock (CLOCK_MONOTONIC, µs), so that its samples can be told apart.
const SPANS_FILE = process.argv[6];
const clockUs = () => Number(process.hrtime.bigint() / 1000n);
const clocked = { parse: [], walk: [] };
// The walk of decodeBody's JSON path, on a value it owns (its lists become the model's lists).
const { envelopeOf } = await import(new URL('wire/body.js', import.meta.resolve('@oo-crm/core')).href);

const items = generateOpportunities(n);
const page = { count: items.length, items };
const json = encodeOpportunities(page, 'json');
const xml = encodeOpportunities(page, 'xml');

// Collections as [start, end, kind], kind 'minor' (scavenge) or 'major' (mark-compact, and the
// incremental marking's finishing steps).
const collections = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = e.detail?.kind ?? e.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_WEAKCB) continue;
    collections.push([
      e.startTime,
      e.startTime + e.duration,
      kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : 'major',
    ]);
  }
});
observer.observe({ entryTypes: ['gc'] });

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** A span [from, to) of wall time and CPU time, to which collections are attributed later. */
const span = (from, to, cpu) => ({ from, to, cpu, minor: 0, major: 0 });

const records = { parse: [], decode: [], split: [], xml: [] };
let sink;
let record = false;
let roundNo = 0;
const round = () => {
  let c0 = cpuMs();
  let t0 = performance.now();
  sink = JSON.parse(json);
  let t1 = performance.now();
  if (record) records.parse.push(span(t0, t1, cpuMs() - c0));
  if (roundNo++ % 2 === 0) {
    c0 = cpuMs();
    t0 = performance.now();
    sink = check(decodeOpportunities(json, 'json'));
    t1 = performance.now();
    if (record) records.decode.push(span(t0, t1, cpuMs() - c0));
  } else {
    c0 = cpuMs();
    const u0 = clockUs();
    t0 = performance.now();
    const wire = JSON.parse(json);
    const tMid = performance.now();
    const uMid = clockUs();
    if (WALK === 'check') {
      if (!handCheckValue(wire)) throw new Error('the hand-written check refuses the body');
      sink = wire;
    } else sink = check(envelopeOf(wire, PageEnvelope, { ownsInput: true }));
    t1 = performance.now();
    const u1 = clockUs();
    // CPU time of the whole only: a reading between the phases would be timed as part of one.
    const cpu = cpuMs() - c0;
    if (record) {
      records.split.push({ parse: span(t0, tMid, Number.NaN), walk: span(tMid, t1, Number.NaN), cpu });
      clocked.parse.push([u0, uMid]);
      clocked.walk.push([uMid, u1]);
    }
  }
  c0 = cpuMs();
  t0 = performance.now();
  sink = check(decodeOpportunities(xml, 'xml'));
  t1 = performance.now();
  if (record) records.xml.push(span(t0, t1, cpuMs() - c0));
};
for (const end = performance.now() + WARM_MS; performance.now() < end; ) round();
record = true;
for (const end = performance.now() + MEASURE_MS; performance.now() < end || records.split.length < 15; )
  round();
void sink;
if (SPANS_FILE !== undefined) writeFileSync(SPANS_FILE, JSON.stringify(clocked));
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();

// Each collection to the span it starts in (spans do not overlap).
const spans = [
  ...records.parse,
  ...records.decode,
  ...records.xml,
  ...records.split.flatMap((s) => [s.parse, s.walk]),
].sort((a, b) => a.from - b.from);
collections.sort((a, b) => a[0] - b[0]);
let k = 0;
for (const [start, end, kind] of collections) {
  while (k < spans.length && spans[k].to <= start) k++;
  if (k < spans.length && spans[k].from <= start) spans[k][kind] += Math.min(end, spans[k].to) - start;
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Means of a case's calls (additive, so they split), and the median of its wall time. */
const summary = (ss) => ({
  calls: ss.length,
  medianMs: median(ss.map((s) => s.to - s.from)),
  wallMs: mean(ss.map((s) => s.to - s.from)),
  cpuMs: mean(ss.map((s) => s.cpu)),
  minorMs: mean(ss.map((s) => s.minor)),
  majorMs: mean(ss.map((s) => s.major)),
  collecting: ss.filter((s) => s.minor + s.major > 0).length / ss.length,
});
const whole = records.split.map((s) => ({
  from: s.parse.from,
  to: s.walk.to,
  cpu: s.cpu,
  minor: s.parse.minor + s.walk.minor,
  major: s.parse.major + s.walk.major,
}));
process.stdout.write(
  JSON.stringify({
    opportunities: n,
    jsonBytes: Buffer.byteLength(json),
    parse: summary(records.parse),
    decode: summary(records.decode),
    split: summary(whole),
    splitParse: summary(records.split.map((s) => s.parse)),
    splitWalk: summary(records.split.map((s) => s.walk)),
    xml: summary(records.xml),
  }),
);
