// The builds of core that docs/benchmarks.md's accounting compares with ab.mjs, each the built core
// (packages/core/dist) with one allocation of the JSON decode removed, for measurement only (both
// change the decoded values, so neither may ship): `node src/json-variants.mjs`, then the printed
// `ab.mjs` commands. Written where the builds' imports resolve (packages/core/node_modules/.ab-*).
//   .ab-base      core as built
//   .ab-datetext  a date decodes to its text, checked, instead of an ApiDateTime
//   .ab-inplace   a record decodes into the parsed object itself instead of a new one
//   .ab-items     a JSON page's list parsed and decoded item by item, the text cut before each
//                 item's first key, from OO_ITEMS_FROM characters on (default 0: every page); any
//                 failure is decoded again the whole way (a prototype: not checked beyond the A/B)
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const core = new URL('../../core/', import.meta.url);
const dist = new URL('dist/', core);

/** A copy of core's build at `name`, with each [file, from, to] replacement made exactly once. */
function variant(name, replacements) {
  const at = new URL(`node_modules/${name}/`, core);
  rmSync(at, { recursive: true, force: true });
  cpSync(dist, at, { recursive: true });
  for (const [file, from, to] of replacements) {
    const path = new URL(`esm/${file}`, at);
    const text = readFileSync(path, 'utf8');
    if (text.split(from).length !== 2) throw new Error(`${name}: ${file} no longer reads as expected`);
    writeFileSync(path, text.replace(from, to));
  }
  return new URL('esm/index.js', at).pathname;
}

const base = variant('.ab-base', []);
const dateText = variant('.ab-datetext', [
  [
    'leaf/api-date-time.js',
    '    static parse(text) {',
    '    static check(text) {\n        return scan(text, false);\n    }\n    static parse(text) {',
  ],
  [
    'schema/decoder.js',
    `        const parsed = ApiDateTime.parse(u);
        if (parsed === undefined)
            return refuse(issues, 'format', named, u);
        return unsetAsNull && parsed.isUnset ? null : parsed;`,
    `        const checked = ApiDateTime.check(u);
        if (checked === undefined)
            return refuse(issues, 'format', named, u);
        return unsetAsNull && checked === 1 ? null : u;`,
  ],
]);
const inPlace = variant('.ab-inplace', [
  [
    'schema/decoder.js',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the built code's text, placeholders included
    "lines.push(`if (bad) return M;`, `const o = { ${always.join(', ')} }; ${whenPresent.join(' ')} return o;`);",
    `const inPlace = ready === undefined
        ? \`const o = u; \${steps.map((s, i) => s.keep === 'always' ? \`o[\${q(s.key)}] = v\${i};\` : s.keep === 'when-present' ? \`if (v\${i} !== undefined) o[\${q(s.key)}] = v\${i};\` : '').join(' ')} return o;\`
        : \`const o = { \${always.join(', ')} }; \${whenPresent.join(' ')} return o;\`;
    lines.push(\`if (bad) return M;\`, inPlace);`,
  ],
]);
const items = variant('.ab-items', [
  [
    'wire/body.js',
    "import { DecodeRun } from '../schema/decoder.js';",
    `import { DecodeRun, decoderOf, MISMATCH } from '../schema/decoder.js';
import { fieldsOf } from '../schema/kinds.js';
const ITEMS_FROM = Number(globalThis.process?.env?.OO_ITEMS_FROM ?? 0);
function decodeJsonItems(body, envelope, options) {
    const list = fieldsOf(envelope).find((f) => f.codec.schema.kind === 'array');
    if (list === undefined || !body.endsWith('}]}')) return undefined;
    const open = \`"\${list.wire}":[{\`;
    const at = body.indexOf(open);
    if (at < 0) return undefined;
    const itemCodec = list.codec.schema.of;
    const sep = \`},{"\${fieldsOf(itemCodec)[0].wire}":\`;
    const run = new DecodeRun(options.maxIssues, true, options.secrets);
    const item = decoderOf(itemCodec);
    try {
        const head = JSON.parse(body.slice(0, at + open.length - 1) + ']}');
        if (isErrorEnvelope(head)) return undefined;
        const page = decoderOf(envelope)(head, run);
        if (page === MISMATCH) return undefined;
        // The head's own empty list, which the decode owns and hands out as the page's list.
        const items = page[list.key];
        for (let from = at + open.length - 1;;) {
            let end = body.indexOf(sep, from);
            const last = end < 0;
            if (last) end = body.length - 3;
            const v = item(JSON.parse(body.slice(from, end + 1)), run);
            if (v === MISMATCH) return undefined;
            items.push(v);
            if (last) return page;
            from = end + 2;
        }
    } catch {
        return undefined;
    }
}`,
  ],
  [
    'wire/body.js',
    '        const wire = readWire(body, format, rootFields, options);',
    `        if (format === 'json' && body.length >= ITEMS_FROM) {
            const page = decodeJsonItems(body, envelope, options);
            if (page !== undefined) return E.right(page);
        }
        const wire = readWire(body, format, rootFields, options);`,
  ],
]);
console.log(`node src/ab.mjs ${base} ${dateText} 5 100 1000 10000`);
console.log(`node src/ab.mjs ${base} ${inPlace} 5 100 1000 10000`);
console.log(`node src/ab.mjs ${base} ${items} 5 100 1000 10000`);
