// The domain types, written from the schema into the model's modules (between the BEGIN and END
// lines of each): every field with its doc comment — the same `doc` the OpenAPI document and
// docs/reference.md are written from — and nested values by name (`Contact | null`, `Employee`),
// so hovers and the API site show both. Each codec is annotated with its type, so a type that
// drifts from its codec fails to compile; test/model/domain-types.test.ts fails when a block is
// stale. Run after a build (it reads dist/esm): `pnpm --filter @oo-crm/core run domain-types`.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The domain types, by module: the interface's name, its codec, and its summary.
 * @param {typeof import('../src/index.js')} core
 */
export function domainTypes(core) {
  const enumType = (codec) => ({
    file: 'src/model/enums.ts',
    name: codec.name,
    codec,
    summary: `A value of {@link ${codec.name}}: its name, which the domain holds (the wire holds its number, 0–${codec.schema.names.length - 1}).`,
  });
  return [
    ...[core.BidType, core.StageType, core.ShareType, core.CustomFieldType].map(enumType),
    {
      file: 'src/model/employee.ts',
      name: 'Employee',
      codec: core.Employee,
      summary: 'A portal user, decoded by {@link Employee}.',
    },
    {
      file: 'src/model/currency.ts',
      name: 'Currency',
      codec: core.Currency,
      summary: 'A currency of the portal, decoded by {@link Currency}.',
    },
    {
      file: 'src/model/contact.ts',
      name: 'Contact',
      codec: core.Contact,
      summary: 'A person or company linked to a deal, decoded by {@link Contact}.',
    },
    {
      file: 'src/model/stage.ts',
      name: 'Stage',
      codec: core.Stage,
      summary: 'A stage of the sales pipeline, decoded by {@link Stage}.',
    },
    {
      file: 'src/model/custom-field.ts',
      name: 'CustomField',
      codec: core.CustomField,
      summary: 'A user-defined field and its value on one deal, decoded by {@link CustomField}.',
    },
    {
      file: 'src/model/opportunity.ts',
      name: 'Opportunity',
      codec: core.Opportunity,
      summary:
        'A deal ("opportunity") of the CRM, decoded by {@link Opportunity} (and {@link OpportunityById}).',
    },
    {
      file: 'src/wire/envelope.ts',
      name: 'OpportunityPage',
      codec: core.PageEnvelope,
      summary: "One page of opportunities, with the server's paging figures when it sent them.",
    },
    {
      file: 'src/wire/envelope.ts',
      name: 'ApiErrorBody',
      codec: core.ApiErrorBody,
      summary: 'The `error` object of a failed call, decoded by {@link ApiErrorBody}.',
    },
    {
      file: 'src/wire/envelope.ts',
      name: 'ApiErrorEnvelope',
      codec: core.ErrorEnvelope,
      summary: 'An API error as the server reports it, decoded by {@link ErrorEnvelope}.',
    },
    {
      file: 'src/wire/authentication.ts',
      name: 'Authentication',
      codec: core.Authentication,
      summary:
        'What a login answers, decoded by {@link Authentication}: a token, or a demand for a second factor.',
    },
  ];
}

const comment = (text) => text.replaceAll('*/', '*\\/');

/**
 * The TypeScript type of a codec's domain value, by name where it has one.
 * @param {typeof import('../src/index.js')} core
 */
function typeWriter(core) {
  const types = domainTypes(core);
  const named = new Map([...types.map((t) => [t.codec, t.name]), [core.OpportunityById, 'Opportunity']]);
  const typeOf = core.bySchema({
    string: () => 'string',
    boolean: () => 'boolean',
    integer: () => 'number',
    number: () => 'number',
    literal: (s) => String(s.value),
    enum: (_s, codec) => codec.name,
    'date-time': (s) => (s.unsetAsNull ? 'ApiDateTime | null' : 'ApiDateTime'),
    nullable: (s) => `${typeOf(s.of)} | null`,
    array: (s) => `ReadonlyArray<${typeOf(s.of)}>`,
    record: (s, codec) => {
      const name = named.get(codec);
      if (name) return name;
      // An object the server always writes empty (`data: {}`).
      if (s.fields.length === 0) return 'Readonly<Record<string, never>>';
      throw new Error(`the record ${codec.name} has no domain type: add it to domainTypes()`);
    },
  });
  return typeOf;
}

const begin = (name) =>
  `// BEGIN domain type ${name}: written by scripts/domain-types.mjs from the schema; do not edit`;
const end = (name) => `// END domain type ${name}`;

/**
 * The block of one domain type: its interface, a doc comment on every field.
 * @param {typeof import('../src/index.js')} core
 */
export function renderDomainType(core, type) {
  const typeOf = typeWriter(core);
  const head = [begin(type.name), `/** ${comment(type.summary)} */`];
  if (type.codec.schema.kind === 'enum') {
    // Written out, so that hovers show the name rather than the union.
    const names = type.codec.schema.names.map((n) => `'${n}'`).join(' | ');
    return [...head, `export type ${type.name} = ${names};`, end(type.name)].join('\n');
  }
  const lines = [...head, `export interface ${type.name} {`];
  for (const f of core.fieldsOf(type.codec)) {
    if (f.presence.kind === 'fixed') continue; // Checked on the wire, never in the domain value.
    const wire = `On the wire: \`${f.wire}\`, ${core.describePresence(f.presence)}.`;
    lines.push('  /**', `   * ${comment(f.doc)}`, '   *', `   * ${comment(wire)}`, '   */');
    lines.push(`  readonly ${f.key}${f.presence.kind === 'optional' ? '?' : ''}: ${typeOf(f.codec)};`);
  }
  lines.push('}', end(type.name));
  return lines.join('\n');
}

/**
 * A module's text with its domain types' blocks written anew; a block is found by its BEGIN and
 * END lines, which must be there.
 */
export function withDomainTypes(core, file, text) {
  let out = text;
  for (const type of domainTypes(core).filter((t) => t.file === file)) {
    const from = out.indexOf(begin(type.name));
    const to = out.indexOf(end(type.name));
    if (from < 0 || to < from) throw new Error(`${file}: no block for ${type.name}`);
    out = out.slice(0, from) + renderDomainType(core, type) + out.slice(to + end(type.name).length);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const core = await import('../dist/esm/index.js');
  for (const file of new Set(domainTypes(core).map((t) => t.file))) {
    const url = new URL(`../${file}`, import.meta.url);
    const text = readFileSync(url, 'utf8');
    const next = withDomainTypes(core, file, text);
    if (next !== text) {
      writeFileSync(url, next);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
}
