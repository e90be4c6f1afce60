import { type AnyCodec, bySchema } from '@oo-crm/core';
import { XMLParser } from 'fast-xml-parser';

/**
 * A second, independent reading of the server's XML: a general XML parser (fast-xml-parser), then
 * the schema, which says what the parser cannot know (which elements are lists, numbers, booleans
 * or null). The core's own reader must give the same wire value on any XML the server writes: the
 * differential test holds them together, and the benchmarks use it as the XML peer.
 */
export function readXmlWithGeneralParser(text: string, root: AnyCodec): unknown {
  return normalise(root, (parser.parse(text) as { result?: unknown }).result ?? '');
}

// Text stays text (parseTagValue would turn "0042" into 42); the schema decides.
const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

// A text that is not a JSON number, or not a boolean, stays text, for the decoder to refuse.
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const asNumber = (_s: unknown, _c: unknown, value: unknown): unknown =>
  typeof value === 'string' && JSON_NUMBER.test(value.trim()) ? Number(value) : value;
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['false', false],
  ['False', false],
]);
const asText = (_s: unknown, _c: unknown, value: unknown): unknown => value;

/** What each kind's element becomes in the wire value; exhaustive, so a new kind fails to compile. */
const normalise: (codec: AnyCodec, value: unknown) => unknown = bySchema<unknown, [value: unknown]>({
  record: ({ fields }, _, value) => {
    const element = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = element[f.wire] ?? element[f.alias];
      const schema = f.codec.schema;
      if (schema.kind === 'array') {
        out[f.wire] = v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => normalise(schema.of, x));
      } else if (v !== undefined) out[f.wire] = normalise(f.codec, v);
    }
    return out;
  },
  nullable: ({ of }, _, value) => (value === '' ? null : normalise(of, value)),
  array: () => {
    throw new TypeError('a list inside a list, which this API never sends');
  },
  integer: asNumber,
  number: asNumber,
  enum: asNumber,
  literal: asNumber,
  boolean: (_s, _, value) => (typeof value === 'string' ? (BOOLEANS.get(value) ?? value) : value),
  string: asText,
  'date-time': asText,
});
