import type { AnyCodec, Json, Schema } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';

const { boolean, integer, like, number, nullValue, regex } = MatchersV3;

/** A regex matcher on a JSON number (the pact-js helper takes strings only). */
const numberRegex = (pattern: string, value: number) => ({
  'pact:matcher:type': 'regex',
  regex: pattern,
  value,
});

/**
 * A Pact body template for a wire value, derived from the codec that describes it: types where a
 * type says enough, regexes for dates, GUIDs, colours and enum values. Lists are matched item by
 * item, so each example keeps the server's omissions (a FixedBid deal has no `bidType`).
 */
export function jsonTemplate(codec: AnyCodec, value: Json): unknown {
  return template(codec.schema, value);
}

function template(schema: Schema, value: Json): unknown {
  switch (schema.kind) {
    case 'record': {
      const record = value as Record<string, Json>;
      const out: Record<string, unknown> = {};
      for (const f of schema.fields) {
        if (Object.hasOwn(record, f.wire)) out[f.wire] = template(f.codec.schema, record[f.wire] as Json);
      }
      return out;
    }
    case 'array':
      return (value as Json[]).map((item) => template(schema.of.schema, item));
    case 'nullable':
      return value === null ? nullValue() : template(schema.of.schema, value);
    case 'string':
      if (schema.format === 'guid') return regex(PATTERNS.guid, value as string);
      if (schema.format === 'color' && value !== '') return regex(PATTERNS.color, value as string);
      return like(value as string);
    case 'date-time':
      return regex(PATTERNS.dateTime, value as string);
    case 'enum':
      return numberRegex(enumPattern(schema.names), value as number);
    case 'boolean':
      return boolean(value as boolean);
    case 'integer':
      return integer(value as number);
    case 'number':
      return number(value as number);
    case 'literal':
      return value;
  }
}

/** A template for a list the provider fills with data of its own: one typed example, at least `min` items. */
export function eachLikeTemplate(codec: AnyCodec, example: Json, min: number): unknown {
  return MatchersV3.atLeastLike(template(codec.schema, example), min, min);
}
