import { type AnyCodec, bySchema, type Field, isAlwaysSent, type Json } from '@oo-crm/core';

/**
 * What a contract pins of a record: the fields the server always sends. A field it leaves out at
 * its default is not in the shape, so that its presence and its absence both pass (Pact ignores
 * keys it was not told about); a field that may be null is not either (Pact cannot say "null or a
 * value"), except those the server never sends null (server-facts.md: `avatarSmall`).
 */
export function pinnedFields(codec: AnyCodec): ReadonlyArray<Field> {
  if (codec.schema.kind !== 'record') throw new Error(`${codec.name} is not a record`);
  return codec.schema.fields.filter(
    (f) =>
      isAlwaysSent(f.presence) &&
      (f.codec.schema.kind !== 'nullable' || NEVER_NULL.has(`${codec.name}.${f.wire}`)),
  );
}

/** Nullable in the schema (the documentation's form decodes), never null from the server. */
const NEVER_NULL: ReadonlySet<string> = new Set(['Employee.avatarSmall']);

/**
 * An example wire value of a codec, as the mock server answers it to the client in a consumer
 * test: one of each field a shape pins, no list items (a provider's lists may be empty).
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
  array: () => [],
  record: (_s, codec) => Object.fromEntries(pinnedFields(codec).map((f) => [f.wire, exampleOf(f.codec)])),
});
