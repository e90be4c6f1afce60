import { type AnyCodec, bySchema, describePresence, isAlwaysSent, WIRE_PATTERNS } from '@oo-crm/core';

/** A JSON Schema (2020-12) object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

// The core takes safe integers only (a JSON number past 2^53 has lost digits in JavaScript): said
// as the format `int64`, which tools show as is, rather than as ±9007199254740991 bounds that Redoc
// would show as the sample of every id.
const INTEGER: JsonSchema = { type: 'integer', format: 'int64' };
const UNSET_NOTE = '`0001-01-01T00:00:00.0000000Z` (the year-0001 sentinel) means not set.';

/**
 * The JSON Schemas of codecs, as the server's JSON writes their values: records and enums become
 * named components (referenced as `#/components/schemas/<name>`), the rest is inline. Each kind's
 * rule is here once, and a new kind fails to compile until it is handled.
 */
export class SchemaComponents {
  private readonly byName = new Map<string, { readonly codec: AnyCodec; schema?: JsonSchema }>();

  /** The schema of a codec: a reference for a record or an enum, inline for the rest. */
  readonly schemaOf: (codec: AnyCodec) => JsonSchema = bySchema<JsonSchema>({
    string: (s) =>
      s.format === 'guid'
        ? { type: 'string', pattern: WIRE_PATTERNS.guid }
        : s.format === 'color'
          ? { type: 'string', pattern: WIRE_PATTERNS.color }
          : { type: 'string', ...(s.html ? { description: 'HTML-encoded (`&amp;`, `&#39;`).' } : {}) },
    boolean: () => ({ type: 'boolean' }),
    integer: () => INTEGER,
    number: () => ({ type: 'number' }),
    literal: (s) => ({ type: Number.isInteger(s.value) ? 'integer' : 'number', const: s.value }),
    enum: (_s, codec) => this.component(codec),
    'date-time': (s) => ({
      type: 'string',
      pattern: WIRE_PATTERNS.dateTime,
      description: `A date-time in the portal's time zone, 7 fraction digits.${s.unsetAsNull ? ` ${UNSET_NOTE}` : ''}`,
    }),
    nullable: (s) => ({ anyOf: [this.schemaOf(s.of), { type: 'null' }] }),
    array: (s) => ({ type: 'array', items: this.schemaOf(s.of) }),
    record: (_s, codec) => this.component(codec),
  });

  /** Every component so far, by name, in the order first met. */
  components(): Record<string, JsonSchema> {
    return Object.fromEntries([...this.byName].map(([name, c]) => [name, c.schema as JsonSchema]));
  }

  private component(codec: AnyCodec): JsonSchema {
    const known = this.byName.get(codec.name);
    if (known && known.codec !== codec) throw new Error(`two codecs are called ${codec.name}`);
    if (!known) {
      const entry: { codec: AnyCodec; schema?: JsonSchema } = { codec };
      this.byName.set(codec.name, entry);
      entry.schema = this.definition(codec);
    }
    return { $ref: `#/components/schemas/${codec.name}` };
  }

  /** A record's or an enum's own schema. */
  private definition(codec: AnyCodec): JsonSchema {
    const s = codec.schema;
    if (s.kind === 'enum') {
      return {
        title: codec.name,
        type: 'integer',
        enum: s.names.map((_, i) => i),
        'x-enum-varnames': s.names,
        description: `Sent as a number: ${s.names.map((n, i) => `${i} = ${n}`).join(', ')}.`,
      };
    }
    if (s.kind !== 'record') throw new Error(`${codec.name} is not a record or an enum`);
    const properties: Record<string, JsonSchema> = {};
    for (const f of s.fields) {
      const schema = this.schemaOf(f.codec);
      // A fixed field is always written as its value (`count` on one deal: 1).
      const inner =
        f.presence.kind === 'fixed' && !('const' in schema) ? { ...schema, const: f.presence.value } : schema;
      const notes = [f.doc, inner['description'], `On the wire: ${describePresence(f.presence)}.`];
      properties[f.wire] = { ...inner, description: notes.filter((n) => n !== undefined).join(' ') };
    }
    const required = s.fields.filter((f) => isAlwaysSent(f.presence)).map((f) => f.wire);
    return { title: codec.name, type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  }
}
