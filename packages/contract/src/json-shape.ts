import { type AnyCodec, bySchema } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';
import { exampleOf, pinnedFields } from './shape.js';

const { atLeastLike, boolean, integer, like, number, regex } = MatchersV3;

/** A regex matcher on a JSON number (the pact-js helper takes strings only). */
const numberRegex = (pattern: string, value: number) => ({
  'pact:matcher:type': 'regex',
  regex: pattern,
  value,
});

/**
 * A Pact JSON body template for a codec: its shape, not a record's values. Types where a type says
 * enough, regexes for dates, GUIDs, colours and enum values; lists may be empty and hold items of
 * that shape; the fields of {@link pinnedFields} only.
 */
export const jsonShape: (codec: AnyCodec) => unknown = bySchema<unknown>({
  record: (_s, codec) => Object.fromEntries(pinnedFields(codec).map((f) => [f.wire, jsonShape(f.codec)])),
  array: ({ of }) => atLeastLike(jsonShape(of), 0, 0),
  nullable: ({ of }) => jsonShape(of),
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
