import { type AnyCodec, bySchema, type Json } from '@oo-crm/core';
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
  return template(codec, value);
}

/** The template of each kind of value: exhaustive, so a new kind fails to compile until handled here. */
const template: (codec: AnyCodec, value: Json) => unknown = bySchema<unknown, [value: Json]>({
  record: ({ fields }, _, value) => {
    const record = value as Record<string, Json>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (Object.hasOwn(record, f.wire)) out[f.wire] = template(f.codec, record[f.wire] as Json);
    }
    return out;
  },
  array: ({ of }, _, value) => (value as Json[]).map((item) => template(of, item)),
  nullable: ({ of }, _, value) => (value === null ? nullValue() : template(of, value)),
  string: ({ format }, _, value) => {
    if (format === 'guid') return regex(PATTERNS.guid, value as string);
    if (format === 'color' && value !== '') return regex(PATTERNS.color, value as string);
    return like(value as string);
  },
  'date-time': (_s, _, value) => regex(PATTERNS.dateTime, value as string),
  enum: ({ names }, _, value) => numberRegex(enumPattern(names), value as number),
  boolean: (_s, _, value) => boolean(value as boolean),
  integer: (_s, _, value) => integer(value as number),
  number: (_s, _, value) => number(value as number),
  literal: (_s, _, value) => value,
});

/** A template for a list the provider fills with data of its own: one typed example, at least `min` items. */
export function eachLikeTemplate(codec: AnyCodec, example: Json, min: number): unknown {
  return MatchersV3.atLeastLike(template(codec, example), min, min);
}
