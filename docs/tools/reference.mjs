// The endpoint reference, rendered from the codecs themselves: every field with its type, wire
// names, when the server leaves it out, and what it decodes to then; every enum; examples written
// by the encoders. docs/reference.md is this function's output, and a test keeps it so.
import {
  ApiErrorBody,
  Authentication,
  BidType,
  byParameter,
  bySchema,
  Contact,
  Currency,
  CustomField,
  CustomFieldType,
  decodeOpportunities,
  describePresence,
  Employee,
  encodeOpportunities,
  INT32_MAX,
  ItemEnvelope,
  OPPORTUNITY_ROUTES,
  Opportunity,
  PageEnvelope,
  ShareType,
  Stage,
  StageType,
} from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';

const RECORDS = [
  ['Envelope', PageEnvelope, 'The answer of `bycontact` and `filter`; decodes to an `OpportunityPage`.'],
  ['ItemEnvelope', ItemEnvelope, 'The answer of `opportunity/{opportunityid}`; decodes to an `Opportunity`.'],
  ['Opportunity', Opportunity, 'A deal.'],
  [
    'Contact',
    Contact,
    'A person or company linked to a deal (the base contact: no first, last or company name fields).',
  ],
  ['Employee', Employee, 'A portal user.'],
  ['Currency', Currency, ''],
  ['Stage', Stage, 'A stage of the pipeline.'],
  ['CustomField', CustomField, 'A user-defined field and its value; `parseMask` reads `mask`.'],
  [
    'ApiError',
    ApiErrorBody,
    'The `error` of the error envelope `{"status":1,"statusCode":404,"error":{…}}`.',
  ],
  ['Authentication', Authentication, 'The `response` of `POST api/2.0/authentication` (HTTP 201).'],
];
const ENUMS = [
  ['BidType', BidType, '`bidType`'],
  ['StageType', StageType, '`stageType`'],
  ['ShareType', ShareType, '`shareType`'],
  ['CustomFieldType', CustomFieldType, '`fieldType`'],
];
const anchor = (name) => `#${name.toLowerCase()}`;
const recordName = (codec) =>
  RECORDS.find(([, c]) => c === codec)?.[0] ?? ENUMS.find(([, c]) => c === codec)?.[0];

/** How the reference names each kind of value; bySchema refuses, at load, a kind left out. */
const typeOf = bySchema({
  string: (s) =>
    s.html
      ? 'string (HTML-encoded on the wire, decoded)'
      : s.format === 'guid'
        ? 'GUID string (lower-case)'
        : s.format === 'color'
          ? 'colour `#RRGGBB`'
          : 'string',
  boolean: () => 'boolean (`True`/`False` accepted in XML)',
  integer: () => 'integer (safe)',
  number: () => 'number (finite)',
  literal: (s) => `\`${s.value}\``,
  enum: (_, codec) =>
    `[${recordName(codec)}](${anchor(recordName(codec))}) (a number on the wire, a name decoded)`,
  'date-time': (s) => (s.unsetAsNull ? '[date-time](#dates); year 0001 → `null`' : '[date-time](#dates)'),
  nullable: (s) => `${typeOf(s.of)} or \`null\``,
  array: (s) => `list of ${typeOf(s.of)}`,
  record: (_, codec) =>
    recordName(codec) ? `[${recordName(codec)}](${anchor(recordName(codec))})` : 'object',
});

const presenceOf = (field) => describePresence(field.presence);

function recordSection([name, codec, intro]) {
  const rows = codec.schema.fields.map(
    (f) =>
      `| \`${f.key}\` | ${f.key === f.wire ? `\`${f.wire}\`` : `\`${f.wire}\` (→ \`${f.key}\`)`}, \`${f.alias}\` | ${typeOf(f.codec)} | ${presenceOf(f)} | ${f.doc.replace(/\|/g, '\\|')} |`,
  );
  return `### ${name}\n\n${intro ? `${intro}\n\n` : ''}| field | wire names (server, documented) | type | on the wire | meaning |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}

function enumSection([name, codec, field]) {
  const rows = codec.schema.names.map((n, i) => `| ${i} | \`${n}\` |`);
  return `### ${name}\n\nSent as a number in ${field}; the domain holds the name.\n\n| wire | name |\n|---:|---|\n${rows.join('\n')}`;
}

/** How a parameter's values are written: one handler per parameter type (core's `byParameter`). */
const valuesOf = byParameter({
  integer: () => 'integer',
  string: () => 'string',
  boolean: () => 'boolean',
  guid: () => 'GUID',
  'date-time': () => '[date-time](#dates) or `yyyy-mm-dd`',
  enum: (p) => p.values.map((v) => `\`${v}\``).join(', '),
});

/** A parameter's values, range and repetition. */
function parameterType(p) {
  const range = p.minimum !== undefined ? ` ${p.minimum}–${p.maximum ?? INT32_MAX}` : '';
  return `${valuesOf(p)}${range}${p.repeated ? ', repeated' : ''}`;
}

/** The fields whose presence differs between two record codecs of the same fields. */
const differences = (a, b) =>
  b.schema.fields.filter((f, i) => presenceOf(f) !== presenceOf(a.schema.fields[i]));

function routeSection(route) {
  const params = route.parameters.map(
    (p) =>
      `| \`${p.name}\` | ${p.in}${p.required ? ', required' : ''} | ${parameterType(p)} | ${p.doc.replace(/\|/g, '\\|')} |`,
  );
  const envelope = RECORDS.find(([, c]) => c === route.envelope)?.[0];
  const changed = route.item === Opportunity ? [] : differences(Opportunity, route.item);
  const item =
    changed.length === 0
      ? '[Opportunity](#opportunity)'
      : `[Opportunity](#opportunity), except ${changed.map((f) => `\`${f.key}\` (${presenceOf(f)})`).join(', ')}`;
  const errors = route.errors.map((e) => `${e.status} when ${e.when}`).join('; ');
  const refusals = clientRefusals(route);
  return `### \`${route.name}\`: \`GET ${route.path}\`

${route.summary} Answers [${envelope}](${anchor(envelope)}) of ${item}.

| parameter | in | values | meaning |
|---|---|---|---|
${params.join('\n')}

Errors, besides 401, 402 and 403: ${errors}.
${refusals.length === 0 ? '' : `\nThe client refuses, before sending anything, what the real server would misread:\n\n${refusals.map((r) => `- ${r}`).join('\n')}\n`}
${route.notes.map((n) => `- ${n}`).join('\n')}`;
}

/**
 * What the client refuses on a route and the real server takes (it is laxer), read from the
 * route table: its preconditions, its stricter bounds and texts, the names it never sends.
 */
function clientRefusals(route) {
  const rules = (route.rules ?? []).map((r) =>
    r.kind === 'together'
      ? `\`${r.names[0]}\` without \`${r.names[1]}\`, or the reverse: the server ${r.server}.`
      : `${r.names.map((n) => `\`${n}\``).join(' or ')} without \`${r.needs}\`: the server ${r.server}.`,
  );
  const stricter = route.parameters
    .filter((p) => p.stricter && (p.stricter.minimum !== undefined || p.stricter.noComma))
    .map((p) =>
      p.stricter.noComma
        ? `A comma in \`${p.name}\`: the server ${p.stricter.server}.`
        : `\`${p.name}\` below ${p.stricter.minimum}: the server ${p.stricter.server}.`,
    );
  const ignored = (route.ignored ?? []).map((i) => `\`${i.name}\`: ${i.why}.`);
  return [...rules, ...stricter, ...ignored];
}

/** Indents XML that holds no mixed content, for reading. */
function indentXml(xml) {
  let depth = 0;
  return xml
    .replace(/></g, '>\n<')
    .split('\n')
    .map((line) => {
      if (line.startsWith('</')) depth--;
      const out = `${'  '.repeat(Math.max(depth, 0))}${line}`;
      if (!line.startsWith('</') && !line.endsWith('/>') && !/<\/[^>]+>$/.test(line)) depth++;
      return out;
    })
    .join('\n');
}

/** docs/reference.md, from the codecs. */
export function renderReference() {
  const decoded = decodeOpportunities(readFixture('paged.json'), 'json');
  if (decoded._tag === 'Left') throw new Error(decoded.left.message);
  const json = JSON.stringify(JSON.parse(encodeOpportunities(decoded.right, 'json')), null, 2);
  const xml = indentXml(encodeOpportunities(decoded.right, 'xml'));
  return `---
title: Endpoint reference
---

# Endpoint reference

<!-- Generated from the codecs of @oo-crm/core by docs/tools/generate-reference.mjs: do not edit by hand. -->

Three routes serve the opportunity; each answers JSON (no suffix, or \`.json\`) or XML (\`.xml\` or
\`.tml\`). Every name on the wire is camelCase; the documented PascalCase is accepted when decoding, and
encoders write camelCase. "Left out" fields are absent from the server's JSON and XML alike; the
decoder gives them the value shown, and the encoder leaves them out again under the same rule, so
\`encode(decode(body))\` is the server's body. [The routes guide](routes.md) compares them.

## Routes

${OPPORTUNITY_ROUTES.map(routeSection).join('\n\n')}

## Records

${RECORDS.map(recordSection).join('\n\n')}

## Enums

${ENUMS.map(enumSection).join('\n\n')}

## Dates

\`yyyy-MM-ddTHH:mm:ss.fffffff\` and \`Z\` or \`±hh:mm\`: the server writes 7 fraction digits (100 ns) in
the portal's own time zone. An \`ApiDateTime\` keeps that text (\`.text\`, and \`JSON.stringify\` gives it
back) and exposes the instant (\`.date\`, a JS \`Date\`, to the millisecond). Invalid calendar dates
(\`2024-02-30…\`) are refused. \`0001-01-01T00:00:00.0000000Z\` means "not set": close dates decode it to
\`null\` and encode \`null\` back to it.

## Examples, written by the encoders

A page of one opportunity out of five (\`?count=1&startIndex=1\`), JSON (indented here; the server
sends it on one line, with \`/\` escaped as \`\\/\`):

\`\`\`json
${json}
\`\`\`

The same page in XML (indented here; the server sends no whitespace). Lists are repeated elements
named after the property, and an empty list writes no element at all:

\`\`\`xml
${xml}
\`\`\`
`;
}
