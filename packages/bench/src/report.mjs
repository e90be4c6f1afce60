// Renders the benchmark results as docs/benchmarks.md and an SVG chart beside it.
import { writeFileSync } from 'node:fs';
import { caseNamed } from './measure.mjs';

const DOCS = new URL('../../../docs/', import.meta.url);
const TARGETS = { 'ours: JSON decode': 1.5, 'ours: XML decode': 5 };
const fmt = (n, d = 2) => n.toFixed(d);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function chart(run) {
  const rows = run.cases.filter((c) => !c.name.includes('encode'));
  const max = Math.max(...rows.map((c) => c.ratio), 6) * 1.15;
  const width = 760;
  const left = 270;
  const barArea = width - left - 70;
  const rowHeight = 30;
  const top = 58;
  const height = rows.length * rowHeight + top + 34;
  // A log scale: the peers span 1× to 40×, and the targets sit at 1.5× and 5×.
  const low = Math.log(0.7);
  const x = (ratio) => Math.round(left + ((Math.log(ratio) - low) / (Math.log(max) - low)) * barArea);
  const bars = rows
    .map((c, i) => {
      const y = top + i * rowHeight;
      const ours = c.name.startsWith('ours');
      const floor = c.name.startsWith('JSON.parse');
      const colour = floor ? '#98a2b3' : ours ? '#ff6f3d' : '#4f6bed';
      return `<text x="${left - 10}" y="${y + 15}" text-anchor="end">${esc(c.name)}</text>
<rect x="${left}" y="${y}" width="${Math.max(1, x(c.ratio) - left)}" height="20" rx="3" fill="${colour}"/>
<text x="${x(c.ratio) + 6}" y="${y + 15}">${fmt(c.ratio)}×</text>`;
    })
    .join('\n');
  const ticks = [1, 2, 5, 10, 20, 40]
    .filter((t) => t <= max)
    .map((t) => `<text x="${x(t)}" y="${height - 8}" text-anchor="middle" fill="#98a2b3">${t}×</text>`)
    .join('\n');
  const targets = Object.entries(TARGETS)
    .map(
      ([name, t]) =>
        `<line x1="${x(t)}" y1="${top - 8}" x2="${x(t)}" y2="${height - 26}" stroke="#1d2330" stroke-dasharray="4 3"/><text x="${x(t) + 4}" y="${top - 12}" fill="#667085">${name.includes('XML') ? 'XML' : 'JSON'} target ${t}×</text>`,
    )
    .join('\n');
  const title = `Decoding ${run.opportunities.toLocaleString('en-US')} opportunities: median time × JSON.parse of the JSON (log scale)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" fill="#1d2330">
<title>${title}</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="20" font-weight="600">${title}</text>
${targets}
${bars}
${ticks}
</svg>
`;
}

function table(run) {
  const lines = [
    '| case | median ms | MAD ms | of which GC ms | × JSON.parse |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const c of run.cases)
    lines.push(`| ${c.name} | ${fmt(c.medianMs)} | ${fmt(c.madMs)} | ${fmt(c.gcMs)} | **${fmt(c.ratio)}** |`);
  return lines.join('\n');
}

function sweepSection(results, bigHand) {
  const clean = results.sweep.filter((r) => r.cleanStart);
  const steady = results.sweep.find((r) => !r.cleanStart);
  const range = (rows) => {
    const ratios = rows.map((r) => r.ours.ratio);
    return `${fmt(Math.min(...ratios))}× to ${fmt(Math.max(...ratios))}×`;
  };
  const rows = results.sweep
    .map(
      (r) =>
        `| ${r.opportunities.toLocaleString('en-US')}${r.cleanStart ? '' : ', steady state'} | ${fmt(r.ours.ratio)}× | ${fmt(r.hand.ratio)}× | ${fmt(r.floor.gcMs, 1)} | ${fmt(r.ours.gcMs, 1)} |`,
    )
    .join('\n');
  return `Checking is not the cost: the hand-written check above, which reads and checks every value and
builds nothing, takes ${fmt(bigHand.ratio)}× \`JSON.parse\` at 10,000 (the issue quotes ≈ 1.1×). Building the model is:
about 145,000 records and 21,000 dates at 10,000 deals, and above all the collections that building
sets off. \`JSON.parse\` of the 29 MB body builds about 32 MB of objects while V8's young generation
holds 16 MB; whatever allocates next makes V8 first move what \`JSON.parse\` left there, and a benchmark
that collects between calls never charges that to \`JSON.parse\`. How much is left depends on the
size of the body: from a clean start, the decoder measures ${range(clean)} (${fmt(clean[0].ours.ratio)}× at ${clean[0].opportunities.toLocaleString('en-US')}, ${fmt(clean.find((r) => r.opportunities === 10000).ours.ratio)}× at 10,000). In a steady state at 10,000 (no collection
between calls, every case paying for its own) it is ${fmt(steady.ours.ratio)}×, with ${fmt(steady.ours.gcMs, 1)} ms of collection in a decode
against ${fmt(steady.floor.gcMs, 1)} ms in a \`JSON.parse\`. GC columns: milliseconds of collection inside one call (median).

| opportunities | ours × JSON.parse | hand check × | JSON.parse GC ms | ours GC ms |
|---|---:|---:|---:|---:|
${rows}

Reaching ≤ 1.5× at 10,000 here would take a decoder that builds almost nothing after the parse
(e.g. validated views over the parsed value, converted on access): a change of the domain model,
left for a decision.`;
}

export function writeReport(results) {
  const big = results.decode.at(-1);
  const bigHand = caseNamed(big, 'hand-written check (builds nothing)');
  const ratio = (name) => caseNamed(big, name).ratio;
  const verdict = (name) => {
    const r = ratio(name);
    return `${fmt(r)}× (target ≤ ${TARGETS[name]}×: ${r <= TARGETS[name] ? 'met' : 'not met'})`;
  };
  const h = results.http.results;
  const overhead = h['fetch + decodeOpportunities'].rps / h['client.opportunities.byContact'].rps - 1;
  const m = results.machine;
  const md = `---
title: Benchmarks
---

# Benchmarks

Generated by \`pnpm bench\` (packages/bench) on ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}.
Every number below is from one run. Each size runs in a fresh process with all its cases in it,
and ratios are to \`JSON.parse\` of the same data's JSON text measured in that same process, so
they travel between machines better than the milliseconds. Each call starts after a full garbage
collection, so a case does not pay for its neighbour's garbage (but see below for what it pays of
\`JSON.parse\`'s). Re-run it and this page is rewritten.

![decoding ratios](benchmarks.svg)

## Where we stand (10,000 opportunities)

- JSON decode: ${verdict('ours: JSON decode')}
- XML decode: ${verdict('ours: XML decode')}
- By size: ${results.decode.map((r) => `${r.opportunities.toLocaleString('en-US')} → JSON ${fmt(caseNamed(r, 'ours: JSON decode').ratio)}×, XML ${fmt(caseNamed(r, 'ours: XML decode').ratio)}×`).join('; ')}
  (the targets are set on 10,000; on small bodies \`JSON.parse\` itself is very fast, so ratios rise).
- The client over HTTP costs ${fmt(overhead * 100, 1)}% more than \`fetch\` + \`decodeOpportunities\` (target < 10%).

The JSON decoder is compiled from the io-ts codecs (one generated function per record, leaf checks
inlined); io-ts itself runs only to explain a failure, and a property test holds the two to the
same answers. Against the JSON target: ${results.decode.map((r) => `${fmt(caseNamed(r, 'ours: JSON decode').ratio)}× at ${r.opportunities.toLocaleString('en-US')} (${caseNamed(r, 'ours: JSON decode').ratio <= TARGETS['ours: JSON decode'] ? 'met' : 'not met'})`).join(', ')}.

### Why 10,000 misses: the decoder pays for what \`JSON.parse\` leaves in the young generation

${sweepSection(results, bigHand)}

Measured and not adopted: converting the parsed objects in place instead of copying them (no
faster: the collection above happens all the same), and sharing equal users, contacts, currencies
and stages within a page (the kept model shrinks from about 17 MB to 7 MB at 10,000, but a decode is
no faster from a clean start, slower on small pages, and equal records become one object).

The XML reader is written for this endpoint's XML (Json.NET's conversion of the JSON), driven by the
same schema: it scans with \`indexOf\`, builds the JSON-shaped value directly and hands it to the
JSON decoder. A general DOM-first parser cannot reach the target: fast-xml-parser is measured
below, and also costs several times the memory.

${results.decode.map((r) => `## ${r.opportunities.toLocaleString('en-US')} opportunities (JSON ${fmt(r.jsonBytes / 1e6, 1)} MB, XML ${fmt(r.xmlBytes / 1e6, 1)} MB)\n\n${table(r)}`).join('\n\n')}

The peers do the same job as ours: "plain io-ts" is the same codecs without the compiled path, zod 4
checks and converts (enum names, dates) with an equivalent schema, and the XML peer is
fast-xml-parser (\`parseTagValue: false\`, so "0042" stays text) followed by a normalisation by the
schema and io-ts.

## Memory (10,000 opportunities)

Peak resident memory beyond reading the body, in fresh processes (best of three):

| case | input MB | extra peak MiB | × input |
|---|---:|---:|---:|
${Object.entries(results.memory)
  .map(
    ([k, v]) =>
      `| ${k} | ${fmt(v.inputBytes / 1e6, 1)} | ${fmt(v.extraPeakBytes / 2 ** 20, 1)} | ${fmt(v.ratioToInput)} |`,
  )
  .join('\n')}

## HTTP on loopback

${results.http.opportunitiesPerResponse} opportunities per response, ${results.http.concurrency} requests in flight, the reference portal in its own
process on the same machine (so client and server share ${m.cores} cores); the median of ${results.http.rounds} interleaved rounds:

| variant | req/s | p50 ms | p99 ms |
|---|---:|---:|---:|
${Object.entries(h)
  .map(([k, v]) => `| ${k} | ${Math.round(v.rps)} | ${fmt(v.p50)} | ${fmt(v.p99)} |`)
  .join('\n')}
`;
  writeFileSync(new URL('benchmarks.md', DOCS), md);
  writeFileSync(new URL('benchmarks.svg', DOCS), chart(big));
}
