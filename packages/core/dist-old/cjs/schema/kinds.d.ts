import type { AnyCodec, Field, Schema } from './codec.js';
/** The kinds of value a schema describes. */
export type SchemaKind = Schema['kind'];
/** The schema of one kind. */
export type SchemaOf<K extends SchemaKind> = Extract<
  Schema,
  {
    readonly kind: K;
  }
>;
/**
 * One handler per kind of schema: what every reader of the schema (the decoder, the XML reader,
 * the contract templates, the reference, the bench) is written as, so that a new kind fails to
 * compile until each of them handles it.
 */
export type SchemaHandlers<R, Args extends unknown[] = []> = {
  readonly [K in SchemaKind]: (schema: SchemaOf<K>, codec: AnyCodec, ...args: Args) => R;
};
/** Every kind, for readers written in JavaScript, which the compiler does not check. */
export declare const SCHEMA_KINDS: readonly [
  'string',
  'boolean',
  'integer',
  'number',
  'literal',
  'enum',
  'date-time',
  'nullable',
  'array',
  'record',
];
/**
 * A function of a codec, by kind. It checks the handlers once, when made, so that a reader in
 * JavaScript missing a kind fails at load, not on the first value of that kind.
 */
export declare function bySchema<R, Args extends unknown[] = []>(
  handlers: SchemaHandlers<R, Args>,
): (codec: AnyCodec, ...args: Args) => R;
/** The fields of a record codec; none for a codec of another kind. */
export declare const fieldsOf: (codec: AnyCodec) => ReadonlyArray<Field>;
//# sourceMappingURL=kinds.d.ts.map
