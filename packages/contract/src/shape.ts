import { type AnyCodec, bySchema, type Field, isAlwaysSent, type Json } from '@oo-crm/core';
import type { Present } from './states.js';

export type { Present };

/** Nothing guaranteed beyond what the server always sends. */
export const NOTHING: Present = {};

/**
 * What a contract pins of a record: the fields the server always sends, and those a provider state
 * guarantees (`present`). A field it leaves out at its default is not pinned otherwise, so that its
 * presence and its absence both pass (Pact ignores keys it was not told about). A field always
 * sent that may be null is pinned as there, null or a value ({@link nullHere}): Pact cannot match a
 * value's fields under an "or"; its fields are pinned where a state guarantees a value.
 */
export function pinnedFields(codec: AnyCodec, present: Present = NOTHING): ReadonlyArray<Field> {
  if (codec.schema.kind !== 'record') throw new Error(`${codec.name} is not a record`);
  return codec.schema.fields.filter((f) => Object.hasOwn(present, f.wire) || isAlwaysSent(f.presence));
}

/**
 * Whether a pinned field may be null here: nullable in the schema, not guaranteed by the state,
 * and not one the server never sends null (server-facts.md: `avatarSmall`).
 */
export const nullHere = (record: AnyCodec, f: Field, present: Present): boolean =>
  f.codec.schema.kind === 'nullable' &&
  !Object.hasOwn(present, f.wire) &&
  !NEVER_NULL.has(`${record.name}.${f.wire}`);

/** What a state guarantees of a field's value (its own `Present`), or undefined when nothing. */
export const guaranteed = (present: Present, wire: string): Present | undefined =>
  Object.hasOwn(present, wire) ? present[wire] : undefined;

/** Nullable in the schema (the documentation's form decodes), never null from the server. */
const NEVER_NULL: ReadonlySet<string> = new Set(['Employee.avatarSmall']);

/**
 * An example wire value of a leaf codec, as the mock server answers it to the client in a consumer
 * test (records and lists are built by the shapes themselves, item by item).
 */
export const exampleOf: (codec: AnyCodec) => Json = bySchema<Json>({
  string: (s) =>
    s.format === 'guid' ? '6b1f0a52-3c1e-4c0b-9d4a-2f6c1b7e8a10' : s.format === 'color' ? '#336699' : 'text',
  boolean: () => true,
  integer: () => 1,
  number: () => 1.5,
  literal: (s) => s.value,
  enum: () => 0,
  'date-time': () => '2024-03-05T14:20:11.1234567+03:00',
  nullable: (s) => exampleOf(s.of),
  array: (s) => [exampleOf(s.of)],
  record: (_s, codec) => Object.fromEntries(pinnedFields(codec).map((f) => [f.wire, exampleOf(f.codec)])),
});
