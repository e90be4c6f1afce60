// The builds of core that docs/benchmarks.md's accounting compares with ab.mjs, each the built core
// (packages/core/dist) with one allocation of the JSON decode removed, for measurement only (both
// change the decoded values, so neither may ship): `node src/json-variants.mjs`, then the printed
// `ab.mjs` commands. Written where the builds' imports resolve (packages/core/node_modules/.ab-*).
//   .ab-base      core as built
//   .ab-datetext  a date decodes to its text, checked, instead of an ApiDateTime
//   .ab-inplace   a record decodes into the parsed object itself instead of a new one
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
console.log(`node src/ab.mjs ${base} ${dateText} 5 100 1000 10000`);
console.log(`node src/ab.mjs ${base} ${inPlace} 5 100 1000 10000`);
