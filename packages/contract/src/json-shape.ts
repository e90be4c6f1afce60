import { type AnyCodec, bySchema } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';
import { exampleOf, guaranteed, NOTHING, nullHere, type Present, pinnedFields } from './shape.js';

const { atLeastLike, boolean, integer, like, number, regex } = MatchersV3;

/** A regex matcher on a JSON number (the pact-js helper takes strings only). */
const numberRegex = (pattern: string, value: number) => ({
  'pact:matcher:type': 'regex',
  regex: pattern,
  value,
});

/**
 * A record that may be null: `null` in the example, and on the provider null or any object. Pact's
 * regex matcher reads a JSON value that is not a string as its JSON text; Pact has no "or" that
 * would also match the object's fields, so they are pinned where a state guarantees the value.
 */
const nullOrRecord = (codec: AnyCodec) => {
  if (codec.schema.kind !== 'nullable' || codec.schema.of.schema.kind !== 'record')
    throw new Error(`${codec.name}: only a nullable record can be pinned as null or a value`);
  return { 'pact:matcher:type': 'regex', regex: '^(null|\\{.*\\})$', value: null };
};

/**
 * A list of at least `min` items of a shape, its example one item (`min` when more): Pact matches
 * every item the provider sends against the example's item, so a list is checked item by item
 * even where it may be empty (an example of no item would compare none).
 */
const itemsLike = (item: unknown, min: number) => atLeastLike(item, min, Math.max(min, 1));

/**
 * A Pact JSON body template for a codec: its shape, not a record's values. Types where a type says
 * enough, regexes for dates, GUIDs, colours and enum values; lists hold items of that shape (at
 * least one where `present` guarantees it); the fields of {@link pinnedFields} only.
 */
export const jsonShape: (codec: AnyCodec, present?: Present) => unknown = bySchema<unknown, [Present?]>({
  record: (_s, codec, present = NOTHING) =>
    Object.fromEntries(
      pinnedFields(codec, present).map((f) => {
        const sub = guaranteed(present, f.wire);
        const shape = nullHere(codec, f, present)
          ? nullOrRecord(f.codec)
          : f.codec.schema.kind === 'array' && sub !== undefined
            ? itemsLike(jsonShape(f.codec.schema.of, sub), 1)
            : jsonShape(f.codec, sub);
        return [f.wire, shape];
      }),
    ),
  array: ({ of }, _c, present) => itemsLike(jsonShape(of, present), 0),
  nullable: ({ of }, _c, present) => jsonShape(of, present),
  string: ({ format }, codec) => {
    const example = exampleOf(codec) as string;
    if (format === 'guid') return regex(PATTERNS.guid, example);
    if (format === 'color') return regex(PATTERNS.color, example);
    return like(example);
  },
  'date-time': (_s, codec) => regex(PATTERNS.dateTime, exampleOf(codec) as string),
  enum: ({ names }) => numberRegex(enumPattern(names), 0),
  boolean: () => boolean(true),
  integer: () => integer(1),
  number: () => number(1.5),
  literal: (s) => s.value,
});

/** A list of at least `min` items of a codec's shape (the mock server answers `min` of them). */
export const listShape = (item: AnyCodec, min: number): unknown => atLeastLike(jsonShape(item), min, min);
